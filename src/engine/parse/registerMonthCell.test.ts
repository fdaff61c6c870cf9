import { day } from "../calendar/day";
import { parseRegisterMonthCell } from "./registerMonthCell";

describe("parseRegisterMonthCell", () => {
  test.each([
    [50, { kind: "amount", amount: 50 }],
    [0.2, { kind: "amount", amount: 0.2 }],
    [0, { kind: "amount", amount: 0 }],
    [18263, { kind: "amount", amount: 18263 }],
    ["50", { kind: "amount", amount: 50 }],
    ["50.00元", { kind: "amount", amount: 50 }],
    ["￥150", { kind: "amount", amount: 150 }],
    ["3.20", { kind: "amount", amount: 3.2 }],
    [day(2025, 3, 20), { kind: "date", day: day(2025, 3, 20) }],
    [day(1950, 1, 1), { kind: "date", day: day(1950, 1, 1) }],
    [20250320, { kind: "date", day: day(2025, 3, 20) }],
    ["2025.3.20", { kind: "date", day: day(2025, 3, 20) }],
    ["2025-03-20", { kind: "date", day: day(2025, 3, 20) }],
    ["20250320", { kind: "date", day: day(2025, 3, 20) }],
    ["3月20日", { kind: "date", day: day(2025, 3, 20) }],
    ["✓", { kind: "mark" }],
    ["√", { kind: "mark" }],
    ["已交", { kind: "mark" }],
    ["已缴", { kind: "mark" }],
    ["已交清", { kind: "mark" }],
    ["补交", { kind: "mark" }],
    ["张三", { kind: "mark" }],
    ["欧阳明", { kind: "mark" }],
    [true, { kind: "mark" }],
    ["免交", { kind: "exempt" }],
    ["经批准免缴", { kind: "exempt" }],
    ["未交", { kind: "unpaid" }],
    ["欠缴", { kind: "unpaid" }],
    ["×", { kind: "unpaid" }],
    ["X", { kind: "unpaid" }],
    [false, { kind: "unpaid" }],
  ])("%p → %p", (cell, expected) => {
    expect(parseRegisterMonthCell(cell, 2025)).toEqual({ ok: true, value: expected });
  });

  test.each(["", "  "])("%p is blank", (cell) => {
    expect(parseRegisterMonthCell(cell, 2025)).toEqual({ ok: false, blank: true });
  });

  test.each(["-", "—", "/", "——", "、", "_"])("%p is written as nothing", (cell) => {
    expect(parseRegisterMonthCell(cell, 2025)).toEqual({ ok: true, value: { kind: "none" } });
  });

  test.each([
    -5,
    "-5",
    "2025年3月",
    "3月20日 张三交了一半又退回",
    "#N/A",
    "=SUM(A1)",
    "2月30日",
    3_000_000,
  ])("%p is unreadable", (cell) => {
    expect(parseRegisterMonthCell(cell, 2025)).toEqual({ ok: false, blank: false });
  });

  test("a day without a year needs the register's year", () => {
    expect(parseRegisterMonthCell("3月20日").ok).toBe(false);
  });
});
