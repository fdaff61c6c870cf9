import { isUnitLevelBody } from "./unitBodies";

describe("isUnitLevelBody", () => {
  test.each([
    ["机关党委", true],
    ["市某某局机关党委", true],
    ["局党组", true],
    ["部门党组（党委）", true],
    ["局党委", true],
    ["第一党支部", false],
    ["机关党总支", false],
    ["离退休干部党支部", false],
    ["", false],
    [undefined, false],
  ])("%p → %p", (name, expected) => {
    expect(isUnitLevelBody(name)).toBe(expected);
  });
});
