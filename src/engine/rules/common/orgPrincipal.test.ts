import { isPrincipalTitle } from "./orgPrincipal";

describe("isPrincipalTitle", () => {
  test.each([
    "处长",
    "办公室主任",
    "局长",
    "院长",
    "主要负责人",
    "党委委员、办公室主任",
    "一级调研员/处长",
    "副书记兼处长",
    "副处长（主持工作）",
    "常务副局长兼综合处处长",
  ])("%s is a principal post", (title) => expect(isPrincipalTitle(title)).toBe(true));

  test.each([
    "副处长",
    "常务副局长",
    "一级主任科员",
    "四级主任科员",
    "处长助理",
    "科员",
    "副主任",
    "调研员",
    "",
  ])("%s is not a principal post", (title) => expect(isPrincipalTitle(title)).toBe(false));

  test("the word list can be changed", () => {
    expect(isPrincipalTitle("科长")).toBe(false);
    expect(isPrincipalTitle("科长", ["科长"])).toBe(true);
    expect(isPrincipalTitle("副科长", ["科长"])).toBe(false);
  });
});
