import { dayFromIso } from "../calendar/day";
import type { CellValue } from "../cell/types";
import { dayFromSerial, parseDate } from "./date";
import { BLANK, INVALID } from "./result";

const iso = (text: string): number => {
  const serial = dayFromIso(text);
  if (serial === undefined) throw new Error(`bad test date ${text}`);
  return serial;
};

describe("parseDate accepts", () => {
  test.each<[CellValue, string, boolean]>([
    // Excel serials, including both sides of the phantom 1900-02-29
    [45356, "2024-03-05", false],
    [45356.75, "2024-03-05", false],
    [1, "1900-01-01", false],
    [59, "1900-02-28", false],
    [61, "1900-03-01", false],
    [2958465, "9999-12-31", false],
    // written dates
    ["2024-03-05", "2024-03-05", false],
    ["2024/3/5", "2024-03-05", false],
    ["2024.3.5", "2024-03-05", false],
    ["2024年3月5日", "2024-03-05", false],
    ["2024年3月5号", "2024-03-05", false],
    ["2024 年 3 月 5 日", "2024-03-05", false],
    ["20240305", "2024-03-05", false],
    [20240305, "2024-03-05", false],
    ["２０２４年３月５日", "2024-03-05", false],
    ["２０２４－０３－０５", "2024-03-05", false],
    ["2024—03—05", "2024-03-05", false],
    ["  2024-03-05\n", "2024-03-05", false],
    // times and weekdays after the day
    ["2024-03-05 14:30", "2024-03-05", false],
    ["2024-03-05 14:30:00", "2024-03-05", false],
    ["2024-03-05T14:30:00", "2024-03-05", false],
    ["2024/3/5 上午", "2024-03-05", false],
    ["2024年3月5日下午2:30", "2024-03-05", false],
    ["2024年3月5日 9时30分", "2024-03-05", false],
    ["2024年3月5日 14:30-16:00", "2024-03-05", false],
    ["2024年3月5日（周二）", "2024-03-05", false],
    ["2024年3月5日(星期二)", "2024-03-05", false],
    ["2024.3.5 周二 上午", "2024-03-05", false],
    // leap days
    ["2024-02-29", "2024-02-29", false],
    ["2000-02-29", "2000-02-29", false],
    // calendar edges
    ["2024-12-31", "2024-12-31", false],
    ["1950-01-01", "1950-01-01", false],
    ["2200-12-31", "2200-12-31", false],
    // months without a day → their first day
    ["2024年3月", "2024-03-01", true],
    ["2024年3月份", "2024-03-01", true],
    ["2024-03", "2024-03-01", true],
    ["2024.03", "2024-03-01", true],
    ["2024/3", "2024-03-01", true],
    ["２０２４年１２月", "2024-12-01", true],
  ])("%p → %s (monthOnly %p)", (value, expected, monthOnly) => {
    expect(parseDate(value)).toEqual({ ok: true, value: { day: iso(expected), monthOnly } });
  });

  test("serial 45356 is 2024-03-05 exactly", () => {
    expect(parseDate(45356)).toEqual({ ok: true, value: { day: 45356, monthOnly: false } });
    expect(parseDate("2024-03-05")).toEqual({ ok: true, value: { day: 45356, monthOnly: false } });
  });
});

describe("parseDate rejects", () => {
  test.each<[CellValue]>([
    // serials outside Excel's range and the phantom leap day
    [0],
    [0.5],
    [-1],
    [60],
    [60.5],
    [2958466],
    [NaN],
    [Infinity],
    [-Infinity],
    // impossible days
    ["2024-02-30"],
    ["2023-02-29"],
    ["1900-02-29"],
    ["2024-13-01"],
    ["2024-00-10"],
    ["2024-04-31"],
    ["2024年13月"],
    ["20240230"],
    // two-digit years and day-first orders are ambiguous
    ["24-03-05"],
    ["24年3月5日"],
    ["05/03/2024"],
    ["3/5/2024"],
    // typo years
    ["1949-12-31"],
    ["2201-01-01"],
    ["1024年3月5日"],
    [19491231],
    [22010101],
    // mixed separators, trailing junk, ranges, words
    ["2024-03/05"],
    ["2024-03-05 开会"],
    ["2024-03-05至2024-03-07"],
    ["2024-03 14:30"],
    ["2024年3月上旬"],
    ["2024"],
    ["202403"],
    ["45356"],
    ["三月五日"],
    ["=TODAY()"],
    ["#N/A"],
    ["#VALUE!"],
    [true],
    [false],
    ["😀"],
  ])("%p", (value) => expect(parseDate(value)).toEqual(INVALID));

  test("text far longer than any date", () => {
    expect(parseDate("2024-03-05" + " ".repeat(300) + "x")).toEqual(INVALID);
  });
});

test.each<[CellValue]>([[""], ["   "], ["\u3000"], ["\n"]])("blank %p", (value) =>
  expect(parseDate(value)).toEqual(BLANK)
);

test("dayFromSerial floors times and refuses the phantom day", () => {
  expect(dayFromSerial(45356.999)).toBe(45356);
  expect(dayFromSerial(59.9)).toBe(59);
  expect(dayFromSerial(60)).toBeUndefined();
  expect(dayFromSerial(0.99)).toBeUndefined();
  expect(dayFromSerial(2958465.5)).toBe(2958465);
  expect(dayFromSerial(NaN)).toBeUndefined();
});
