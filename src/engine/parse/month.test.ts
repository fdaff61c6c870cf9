import type { YearMonth } from "../calendar/month";
import type { CellValue } from "../cell/types";
import { parseMonth, parseMonthRange } from "./month";
import { BLANK, INVALID } from "./result";

const ym = (year: number, month: number): YearMonth => ({ year, month });

describe("parseMonth accepts", () => {
  test.each<[CellValue, YearMonth]>([
    ["2024年3月", ym(2024, 3)],
    ["2024年3月份", ym(2024, 3)],
    ["2024年03月", ym(2024, 3)],
    ["2024-03", ym(2024, 3)],
    ["2024.3", ym(2024, 3)],
    ["2024.03", ym(2024, 3)],
    ["2024/03", ym(2024, 3)],
    ["202403", ym(2024, 3)],
    ["２０２４年１２月", ym(2024, 12)],
    // full dates give their month
    ["2024-03-31", ym(2024, 3)],
    ["2024年3月5日", ym(2024, 3)],
    ["20240305", ym(2024, 3)],
    // numbers: serials, yyyymm, yyyy.mm
    [45356, ym(2024, 3)],
    [45352.5, ym(2024, 3)],
    [202403, ym(2024, 3)],
    [202412, ym(2024, 12)],
    [2024.03, ym(2024, 3)],
    [2024.3, ym(2024, 3)],
    [2024.12, ym(2024, 12)],
    [2024.01, ym(2024, 1)],
  ])("%p → %p", (value, month) => expect(parseMonth(value)).toEqual({ ok: true, value: month }));
});

describe("parseMonth rejects", () => {
  test.each<[CellValue]>([
    ["2024年13月"],
    ["2024-00"],
    ["202413"],
    ["2024"],
    ["3月"],
    ["24.03"],
    ["1949.12"],
    ["2201-01"],
    [2024], // a year, or serial 1905-07-16
    [2024.1], // "2024.1" (January) or "2024.10" (October): ambiguous
    [2024.123],
    [202413],
    [60],
    [0],
    [-5],
    [NaN],
    [Infinity],
    [true],
    ["一月"],
    ["#N/A"],
    ["=A1"],
  ])("%p", (value) => expect(parseMonth(value)).toEqual(INVALID));

  test("blank", () => {
    expect(parseMonth("")).toEqual(BLANK);
    expect(parseMonth("  ")).toEqual(BLANK);
  });
});

describe("parseMonthRange accepts", () => {
  test.each<[CellValue, YearMonth, YearMonth]>([
    // single months
    ["2024.03", ym(2024, 3), ym(2024, 3)],
    ["2024年3月", ym(2024, 3), ym(2024, 3)],
    [45356, ym(2024, 3), ym(2024, 3)],
    [2024.03, ym(2024, 3), ym(2024, 3)],
    // a whole date is one month, not a range
    ["2024-01-03", ym(2024, 1), ym(2024, 1)],
    ["2024-03-05 14:30", ym(2024, 3), ym(2024, 3)],
    // ranges
    ["2024.01-2024.03", ym(2024, 1), ym(2024, 3)],
    ["2024.01—2024.03", ym(2024, 1), ym(2024, 3)],
    ["2024.01 – 2024.03", ym(2024, 1), ym(2024, 3)],
    ["2024.01－2024.03", ym(2024, 1), ym(2024, 3)],
    ["2024-01~2024-03", ym(2024, 1), ym(2024, 3)],
    ["2024-01～2024-03", ym(2024, 1), ym(2024, 3)],
    ["2024-01-2024-03", ym(2024, 1), ym(2024, 3)],
    ["2024/01至2024/03", ym(2024, 1), ym(2024, 3)],
    ["2024年1-3月", ym(2024, 1), ym(2024, 3)],
    ["2024年1月-3月", ym(2024, 1), ym(2024, 3)],
    ["2024年1月至3月", ym(2024, 1), ym(2024, 3)],
    ["2024年1月到3月份", ym(2024, 1), ym(2024, 3)],
    ["2024年1月-2024年3月", ym(2024, 1), ym(2024, 3)],
    ["2024.1-3", ym(2024, 1), ym(2024, 3)],
    ["2024.01-03月", ym(2024, 1), ym(2024, 3)],
    ["2024.11-2025.02", ym(2024, 11), ym(2025, 2)],
    ["2024年11月-2025年2月", ym(2024, 11), ym(2025, 2)],
    ["２０２４．０１－２０２４．０３", ym(2024, 1), ym(2024, 3)],
    ["2024.03-2024.03", ym(2024, 3), ym(2024, 3)],
    // 24 months is the longest span allowed
    ["2024.01-2025.12", ym(2024, 1), ym(2025, 12)],
  ])("%p → %p … %p", (value, from, to) =>
    expect(parseMonthRange(value)).toEqual({ ok: true, value: { from, to } })
  );
});

describe("parseMonthRange rejects", () => {
  test.each<[CellValue]>([
    ["2024.03-2024.01"], // ends before it starts
    ["2024.11-2"], // read as 2024.11-2024.02
    ["2024.01-2026.01"], // 25 months
    ["2024年1-13月"],
    ["2024.01-"],
    ["-2024.03"],
    ["2024.01-2024.03-2024.05"],
    ["1月-3月"],
    ["2024"],
    ["全年"],
    [2024.1],
    [NaN],
    [false],
  ])("%p", (value) => expect(parseMonthRange(value)).toEqual(INVALID));

  test("blank", () => expect(parseMonthRange(" ")).toEqual(BLANK));
});
