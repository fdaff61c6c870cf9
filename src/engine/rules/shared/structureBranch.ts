import { chineseNumeral } from "../../i18n/chineseNumeral";

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

/**
 * The listed branches' cores and the answers given so far, kept per list: the rule asks for every
 * row naming an unknown branch, and redoing the list each time grew with rows × branches.
 */
interface Listed {
  cores: { branch: string; core: string }[];
  answers: Map<string, string | undefined>;
}

const known = new WeakMap<readonly string[], Listed>();

function listedOf(listed: readonly string[]): Listed {
  let entry = known.get(listed);
  if (!entry) {
    const cores = listed
      .map((b) => ({ branch: b, core: branchCore(b) }))
      .filter((c) => c.core !== "");
    entry = { cores, answers: new Map() };
    known.set(listed, entry);
  }
  return entry;
}

/** The one listed branch a mistyped name most plausibly means, or undefined when none or several fit. */
export function closestBranch(name: string, listed: readonly string[]): string | undefined {
  const { cores, answers } = listedOf(listed);
  if (answers.has(name)) return answers.get(name);
  const answer = closestCore(branchCore(name), cores);
  answers.set(name, answer);
  return answer;
}

function closestCore(
  core: string,
  cores: readonly { branch: string; core: string }[]
): string | undefined {
  if (core === "") return undefined;
  const same = cores.filter((c) => c.core === core);
  if (same.length > 0) return same.length === 1 ? same[0]?.branch : undefined;
  // One name inside the other (一支部 ≈ 第一党支部, 机关第一支部 ≈ 第一党支部), when the shorter is
  // more than a bare 支部.
  const containing = cores.filter((c) => {
    const [shorter, longer] = c.core.length < core.length ? [c.core, core] : [core, c.core];
    return shorter.length >= 3 && longer.includes(shorter);
  });
  return containing.length === 1 ? containing[0]?.branch : undefined;
}
