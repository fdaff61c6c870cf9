import fc from "fast-check";
import { branchCore, closestBranch } from "./structureBranch";

describe("branchCore", () => {
  test.each([
    ["第一党支部", "第一支部"],
    ["第一支部", "第一支部"],
    ["中共第一党支部", "第一支部"],
    ["中国共产党 第一 党支部", "第一支部"],
    ["第1党支部", "第一支部"],
    ["第11党支部", "第十一支部"],
    ["党支部", "支部"],
  ])("%s → %s", (name, core) => expect(branchCore(name)).toBe(core));
});

describe("closestBranch", () => {
  const listed = ["第一党支部", "第二党支部", "第十一党支部", "离退休党支部"];

  test.each([
    ["第一支部", "第一党支部"],
    ["第1党支部", "第一党支部"],
    ["中共第二党支部", "第二党支部"],
    ["离退休支部", "离退休党支部"],
    ["机关第二支部", "第二党支部"],
  ])("%s → %s", (name, expected) => expect(closestBranch(name, listed)).toBe(expected));

  test.each([
    ["一支部", "fits both 第一 and 第十一"],
    ["第三党支部", "fits nothing"],
    ["支部", "too short to say"],
    ["", "blank"],
  ])("%s → none (%s)", (name) => expect(closestBranch(name, listed)).toBeUndefined());

  test("two listed names with the same core make no suggestion", () => {
    expect(closestBranch("第一支部", ["第一党支部", "中共第一支部"])).toBeUndefined();
  });
});

describe("closestBranch agrees with comparing the name against every listed branch", () => {
  /** The plain definition the index must reproduce. */
  function compareWithEach(name: string, listed: readonly string[]): string | undefined {
    const core = branchCore(name);
    if (core === "") return undefined;
    const cores = listed.map((b) => ({ branch: b, core: branchCore(b) })).filter((c) => c.core);
    const same = cores.filter((c) => c.core === core);
    if (same.length > 0) return same.length === 1 ? same[0]?.branch : undefined;
    const containing = cores.filter((c) => {
      const [shorter, longer] = c.core.length < core.length ? [c.core, core] : [core, c.core];
      return shorter.length >= 3 && longer.includes(shorter);
    });
    return containing.length === 1 ? containing[0]?.branch : undefined;
  }

  const piece = fc.constantFrom(
    "第",
    "一",
    "二",
    "十",
    "党",
    "支部",
    "机关",
    "离退休",
    "1",
    "中共",
    " "
  );
  const branchName = fc.array(piece, { maxLength: 7 }).map((parts) => parts.join(""));

  test("for random names and lists", () => {
    fc.assert(
      fc.property(fc.uniqueArray(branchName, { maxLength: 12 }), branchName, (listed, name) => {
        expect(closestBranch(name, listed)).toBe(compareWithEach(name, listed));
      }),
      { numRuns: 2000, seed: 20261126 }
    );
  });
});
