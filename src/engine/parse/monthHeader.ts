import type { CellValue } from "../cell/types";
import { monthOfDay } from "../calendar/month";
import { chineseNumeral } from "../i18n/chineseNumeral";
import { dayFromSerial, isPlausibleYear } from "./date";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell, stripSpaces, unifyDashes } from "./scan";

/** The month a register column stands for; `year` only when the header writes one. */
export interface MonthHeader {
  year?: number;
  month: number;
}

/** 一月 … 十二月, and the old names 正月, 冬月, 腊月 that headers sometimes keep. */
const CHINESE_MONTHS: ReadonlyMap<string, number> = new Map([
  ...Array.from({ length: 12 }, (_, i) => [chineseNumeral(i + 1), i + 1] as const),
  ["正", 1],
  ["冬", 11],
  ["腊", 12],
]);

/** "1月", "01月份", "一月", "十二月份" */
const MONTH_ONLY = /^(\d{1,2}|[一二三四五六七八九十正冬腊]{1,2})月份?$/;
/** "2025年1月", "2025年01月份" */
const YEAR_MONTH_CHINESE = /^(\d{4})年(\d{1,2}|[一二三四五六七八九十正冬腊]{1,2})月份?$/;
/** "2025.01", "2025-1", "2025/01" */
const YEAR_MONTH_NUMERIC = /^(\d{4})[.\-/](\d{1,2})$/;

function monthNumber(text: string): number | undefined {
  const month = /^\d+$/.test(text) ? Number(text) : CHINESE_MONTHS.get(text);
  return month !== undefined && month >= 1 && month <= 12 ? month : undefined;
}

function fromText(text: string): MonthHeader | undefined {
  const compact = unifyDashes(stripSpaces(text));
  const only = MONTH_ONLY.exec(compact);
  if (only) {
    const month = monthNumber(only[1] ?? "");
    return month === undefined ? undefined : { month };
  }
  const written = YEAR_MONTH_CHINESE.exec(compact) ?? YEAR_MONTH_NUMERIC.exec(compact);
  if (!written) return undefined;
  const year = Number(written[1]);
  const month = monthNumber(written[2] ?? "");
  return month !== undefined && isPlausibleYear(year) ? { year, month } : undefined;
}

/**
 * A column header of the month-column dues register (党员党费交纳登记表): `1月`…`12月`,
 * `一月`…`十二月`, `1月份`, `2025年1月`, `2025.01`. Excel turns a typed `2025年1月` into a date,
 * so a serial date in a plausible year is that date's month. Anything else is not a month header:
 * the parser is strict because a stray "3" or "合计" must not become a month column.
 */
export function parseMonthHeader(value: CellValue): ParseResult<MonthHeader> {
  const input = readCell(value);
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "text": {
      const header = fromText(input.text);
      return header ? parsed(header) : INVALID;
    }
    case "number": {
      if (!Number.isInteger(input.value)) return INVALID;
      const day = dayFromSerial(input.value);
      if (day === undefined) return INVALID;
      const month = monthOfDay(day);
      return isPlausibleYear(month.year) ? parsed(month) : INVALID;
    }
    default:
      return INVALID;
  }
}
