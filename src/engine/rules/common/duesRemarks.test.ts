import { isApprovedReduction, saysApproved } from "./duesRemarks";

describe("isApprovedReduction", () => {
  test.each([
    ["经支部批准免交", true],
    ["经党委批准减免", true],
    ["困难党员，少交", true],
    ["经批准", true],
    ["经支部批准按季度交纳", false],
    ["经支部同意合并交纳", false],
    ["未经批准少交", false],
    ["补交", false],
    ["", false],
  ])("%p → %p", (remark, expected) => {
    expect(isApprovedReduction(remark)).toBe(expected);
  });

  test("no remark is no reduction", () => {
    expect(isApprovedReduction(undefined)).toBe(false);
  });
});

describe("saysApproved", () => {
  test.each([
    ["经支部同意按季度交纳", true],
    ["经支部批准", true],
    ["同意", true],
    ["按季度交纳", false],
    ["未经支部同意", false],
    ["支部不同意", false],
    ["", false],
  ])("%p → %p", (remark, expected) => {
    expect(saysApproved(remark)).toBe(expected);
  });

  test("the words can be configured", () => {
    expect(saysApproved("已报备", ["报备"])).toBe(true);
    expect(saysApproved("经支部同意", ["报备"])).toBe(false);
    expect(saysApproved(undefined)).toBe(false);
  });
});
