import { titleYear } from "./titleYear";

describe("titleYear", () => {
  test.each([
    [[["2025年度第一党支部党员党费交纳登记表"]], "Sheet1", 2025],
    [[["填报单位：市某某局"], ["２０２４ 年党费登记"]], "Sheet1", 2024],
    [[["党费登记表"]], "2023年党费", 2023],
    [[["党费登记表（共12025年）"]], "党费", undefined],
    [[["党费登记表"]], "党费", undefined],
  ])("%p / %p → %p", (grid, name, year) => {
    expect(titleYear(grid, grid.length, name)).toBe(year);
  });
});
