import { day } from "../calendar/day";
import { parseMonthHeader } from "./monthHeader";

describe("parseMonthHeader", () => {
  test.each([
    ["1月", { month: 1 }],
    ["01月", { month: 1 }],
    ["12月份", { month: 12 }],
    ["１２月", { month: 12 }],
    ["一月", { month: 1 }],
    ["十月", { month: 10 }],
    ["十一月", { month: 11 }],
    ["十二月份", { month: 12 }],
    ["正月", { month: 1 }],
    [" 3 月 ", { month: 3 }],
    ["2025年1月", { year: 2025, month: 1 }],
    ["2025年十二月", { year: 2025, month: 12 }],
    ["2025.01", { year: 2025, month: 1 }],
    ["2025-1", { year: 2025, month: 1 }],
    ["2025/12", { year: 2025, month: 12 }],
    // Excel turned a typed 2025年3月 into a date.
    [day(2025, 3, 1), { year: 2025, month: 3 }],
  ])("%p → %p", (cell, expected) => {
    expect(parseMonthHeader(cell)).toEqual({ ok: true, value: expected });
  });

  test.each([
    "13月",
    "0月",
    "十三月",
    "月",
    "3",
    "合计",
    "全年合计",
    "月工资收入",
    "月应缴党费",
    "1月1日",
    "2025年",
    "2025.13",
    "1024年1月",
    "第1月",
  ])("%p is not a month header", (cell) => {
    expect(parseMonthHeader(cell)).toEqual({ ok: false, blank: false });
  });

  test.each([3, 12, 2025.01, 60])("the number %p is not a month header", (cell) => {
    expect(parseMonthHeader(cell).ok).toBe(false);
  });

  test("blank", () => {
    expect(parseMonthHeader("  ")).toEqual({ ok: false, blank: true });
  });
});
