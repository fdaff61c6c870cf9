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
