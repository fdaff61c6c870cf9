import { chineseNumeral } from "../../i18n/chineseNumeral";
import { addToGroup } from "../../model/addToGroup";
import { oncePer } from "../../model/oncePer";

/**
 * Near-miss matching of branch names, for structure-unknown-branch's suggestions. Deliberately
 * plain and deterministic: a suggestion is made only when exactly one listed branch fits.
 */

/**
 * A branch name with the words people drop or add freely removed: spaces, a leading 中共/中国共产党,
 * every 党 (第一支部 ≈ 第一党支部), and Arabic numbers written as Chinese ones (第1支部 ≈ 第一支部).
 */
export function branchCore(name: string): string {
  return name
    .replace(/\s+/g, "")
    .replace(/^(中国共产党|中共)/, "")
    .replace(/党/g, "")
    .replace(/\d+/g, (digits) => chineseNumeral(Number(digits)));
}

interface Core {
  branch: string;
  core: string;
}

/** How short a core may be and still say something (一支部 may; a bare 支部 may not). */
const MIN_CONTAINED = 3;

/**
 * The listed branches' cores, indexed, and the answers given so far, kept per list: the rule asks
 * for every row naming an unknown branch, and comparing each unknown name with every listed
 * branch grew with rows × branches in a large unit.
 */
interface Listed {
  byCore: Map<string, Core[]>;
  /** Cores by each three-character piece they contain, to find the ones containing a name. */
  byPiece: Map<string, Core[]>;
  /** The lengths listed cores come in, so a long name is cut only into pieces that could match. */
  lengths: number[];
  answers: Map<string, string | undefined>;
}

const listedOf = oncePer((listed: readonly string[]): Listed => {
  const byCore = new Map<string, Core[]>();
  const byPiece = new Map<string, Core[]>();
  for (const branch of listed) {
    const core: Core = { branch, core: branchCore(branch) };
    if (core.core === "") continue;
    addToGroup(byCore, core.core, core);
    const pieces = new Set<string>();
    for (let at = 0; at + MIN_CONTAINED <= core.core.length; at++) {
      pieces.add(core.core.slice(at, at + MIN_CONTAINED));
    }
    for (const piece of pieces) addToGroup(byPiece, piece, core);
  }
  const lengths = [...new Set([...byCore.keys()].map((core) => core.length))];
  return { byCore, byPiece, lengths, answers: new Map() };
});

/** The one listed branch a mistyped name most plausibly means, or undefined when none or several fit. */
export function closestBranch(name: string, listed: readonly string[]): string | undefined {
  const entry = listedOf(listed);
  if (entry.answers.has(name)) return entry.answers.get(name);
  const answer = closestCore(branchCore(name), entry);
  entry.answers.set(name, answer);
  return answer;
}

function closestCore(core: string, { byCore, byPiece, lengths }: Listed): string | undefined {
  if (core === "") return undefined;
  const same = byCore.get(core) ?? [];
  if (same.length > 0) return same.length === 1 ? same[0]?.branch : undefined;
  // One name inside the other (一支部 ≈ 第一党支部, 机关第一支部 ≈ 第一党支部), when the shorter is
  // more than a bare 支部.
  const containing = new Set<Core>();
  // Listed cores inside the name: each is one of the name's pieces of a listed length.
  for (const length of lengths) {
    if (length < MIN_CONTAINED || length >= core.length) continue;
    for (let at = 0; at + length <= core.length; at++) {
      for (const listed of byCore.get(core.slice(at, at + length)) ?? []) containing.add(listed);
    }
  }
  // Listed cores holding the name: each holds the name's first three characters.
  if (core.length >= MIN_CONTAINED) {
    for (const listed of byPiece.get(core.slice(0, MIN_CONTAINED)) ?? []) {
      if (listed.core.length > core.length && listed.core.includes(core)) containing.add(listed);
    }
  }
  if (containing.size !== 1) return undefined;
  const [only] = containing;
  return only?.branch;
}
