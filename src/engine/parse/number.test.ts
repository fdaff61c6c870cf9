import type { CellValue } from "../cell/types";
import { parseAmount, parseCount, parseHours, parseRatio, parseYear, parseYears } from "./number";
import { BLANK, INVALID, type ParseResult } from "./result";

type Parser = (value: CellValue) => ParseResult<number>;

function table(name: string, parse: Parser, good: [CellValue, number][], bad: CellValue[]): void {
  describe(name, () => {
    test.each(good)("%p → %p", (value, expected) =>
      expect(parse(value)).toEqual({ ok: true, value: expected })
    );
    test.each(bad.map((value) => [value]))("rejects %p", (value) =>
      expect(parse(value)).toEqual(INVALID)
    );
    test.each([[""], ["  "], ["\u3000"]])("blank %p", (value) =>
      expect(parse(value)).toEqual(BLANK)
    );
  });
}

const ALWAYS_BAD: CellValue[] = [NaN, Infinity, -Infinity, true, false, "#N/A", "=SUM(A1)", "😀"];

table(
  "parseAmount",
  parseAmount,
  [
    [15, 15],
    [15.5, 15.5],
    [0, 0],
    [-0, 0],
    [-15, -15],
    ["15", 15],
    ["15.00元", 15],
    ["15元整", 15],
    ["￥15", 15],
    ["¥1,234.50", 1234.5],
    ["1，234.5", 1234.5],
    ["１５．５０", 15.5],
    ["人民币15元", 15],
    ["RMB 15", 15],
    ["-15", -15],
    ["－15", -15],
    ["−15.5元", -15.5],
    ["-￥15", -15],
    ["1,234,567.89", 1234567.89],
    [" 15 元 ", 15],
    [".5", 0.5],
  ],
  [
    ...ALWAYS_BAD,
    "12,34",
    "1,2345",
    "15.5.5",
    "15美元",
    "免交",
    "十五元",
    "1e3",
    "15-20",
    "元",
    "-",
    ".",
    "9".repeat(400),
  ]
);

table(
  "parseCount",
  parseCount,
  [
    [12, 12],
    [12.0, 12],
    [0, 0],
    [11.999999999999998, 12],
    ["12", 12],
    ["12人", 12],
    ["12 名", 12],
    ["共12人", 12],
    ["１２人", 12],
    ["1,200", 1200],
  ],
  [...ALWAYS_BAD, 12.5, -1, "12.5", "-3", "12人次", "十二人", "12/15", "约12人", 2 ** 60]
);

table(
  "parseHours",
  parseHours,
  [
    [4, 4],
    [2.5, 2.5],
    [0, 0],
    ["4", 4],
    ["4学时", 4],
    ["4小时", 4],
    ["4个学时", 4],
    ["2.5课时", 2.5],
    ["4h", 4],
    ["4 H", 4],
    ["1.5hrs", 1.5],
    ["３２学时", 32],
  ],
  [...ALWAYS_BAD, -1, "-4", "四学时", "4天", "半天"]
);

table(
  "parseRatio",
  parseRatio,
  [
    ["1%", 0.01],
    ["1.5%", 0.015],
    ["0.5％", 0.005],
    ["2 %", 0.02],
    ["5‰", 0.005],
    ["0%", 0],
    ["100%", 1],
    // Excel percent cells arrive as fractions
    [0.005, 0.005],
    [0.01, 0.01],
    [0.015, 0.015],
    [0.02, 0.02],
    [0, 0],
    // numbers from 0.1 up are percentage points
    [0.1, 0.001],
    [0.5, 0.005],
    [1, 0.01],
    [1.5, 0.015],
    [2, 0.02],
    ["1.5", 0.015],
    ["0.015", 0.015],
  ],
  [...ALWAYS_BAD, "%", "-1%", -0.01, "150%", 150, "1.5%%", "百分之一", "1/100"]
);

table(
  "parseYears",
  parseYears,
  [
    [3, 3],
    [5, 5],
    [1, 1],
    [10, 10],
    ["3", 3],
    ["3年", 3],
    ["三年", 3],
    ["五年", 5],
    ["两年", 2],
    ["十年", 10],
    ["每届3年", 3],
    ["5年一届", 5],
    ["３年", 3],
  ],
  [...ALWAYS_BAD, 0, 11, 2.5, -3, "0年", "11年", "2.5年", "三十年", "长期"]
);

table(
  "parseYear",
  parseYear,
  [
    [2024, 2024],
    [1950, 1950],
    [2200, 2200],
    ["2024", 2024],
    ["2024年", 2024],
    ["2024年度", 2024],
    ["2024 年度", 2024],
    ["２０２４年", 2024],
    [45356, 2024],
    ["2024-03-05", 2024],
    ["2024年3月", 2024],
  ],
  [...ALWAYS_BAD, 1949, 2201, 2024.5, 24, "24年", "1949年", "二〇二四年", 60, 0, -2024]
);

test("a single Chinese numeral without 年 is still a term", () => {
  expect(parseYears("三")).toEqual({ ok: true, value: 3 });
});
