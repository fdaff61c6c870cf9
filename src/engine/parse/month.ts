import type { CellValue } from "../cell/types";
import { monthOfDay, monthOrdinal, type YearMonth } from "../calendar/month";
import { cellText } from "./text";
import { dateFromText, dayFromSerial, EARLIEST_YEAR, isPlausibleYear, LATEST_YEAR } from "./date";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell, stripSpaces, unifyDashes } from "./scan";

/** The longest span one dues row may cover; longer is a typo in a year ("2024.01-2026.03"). */
export const MAX_RANGE_MONTHS = 24;

export interface MonthRange {
  from: YearMonth;
  to: YearMonth;
}

function yearMonth(year: number, month: number): YearMonth | undefined {
  return isPlausibleYear(year) && Number.isInteger(month) && month >= 1 && month <= 12
    ? { year, month }
    : undefined;
}

/** "202403" */
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;

/** A month written as text: "202403", every month-only date form, or a full date (its month). */
function monthFromText(text: string): YearMonth | undefined {
  const compact = COMPACT_MONTH.exec(text);
  if (compact) return yearMonth(Number(compact[1]), Number(compact[2]));
  const date = dateFromText(text);
  return date ? monthOfDay(date.day) : undefined;
}

/**
 * A number in a month column. 202403 typed into a General cell is a month. 2024.03 typed there
 * arrives as the number 2024.03 and is March; but 2024.1 may have been typed "2024.1" (January) or
 * "2024.10" (October, Excel drops the zero), so it is ambiguous and invalid. Any other number is
 * an Excel serial date and gives that day's month.
 */
function monthFromNumber(value: number): YearMonth | undefined {
  if (Number.isInteger(value) && value >= EARLIEST_YEAR * 100 && value <= LATEST_YEAR * 100 + 12) {
    return yearMonth(Math.floor(value / 100), value % 100);
  }
  if (!Number.isInteger(value) && value > EARLIEST_YEAR && value < LATEST_YEAR + 1) {
    const [whole, fraction = ""] = cellText(value).split(".");
    if (fraction.length === 2 || (fraction.length === 1 && fraction !== "1")) {
      return yearMonth(Number(whole), Number(fraction));
    }
    return undefined;
  }
  const serial = dayFromSerial(value);
  if (serial === undefined) return undefined;
  const month = monthOfDay(serial);
  return isPlausibleYear(month.year) ? month : undefined;
}

function monthFromCell(value: CellValue): ParseResult<YearMonth> {
  const input = readCell(value);
  let month: YearMonth | undefined;
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "number":
      month = monthFromNumber(input.value);
      break;
    case "text":
      month = monthFromText(input.text);
      break;
    default:
      month = undefined;
  }
  return month ? parsed(month) : INVALID;
}

/**
 * Reads a month: "2024年3月", "2024年3月份", "2024-03", "2024.3", "2024/03", "202403", a serial
 * date or a full date (its month). Years outside 1950…2200 are typos and invalid.
 */
export function parseMonth(value: CellValue): ParseResult<YearMonth> {
  return monthFromCell(value);
}

/** "2024年1-3月", "2024年1月-3月", "2024年1月至3月", "2024年1月-2024年3月" */
const CHINESE_RANGE = /^(\d{4})年(\d{1,2})(?:月份?)?[-~至到](?:(\d{4})年)?(\d{1,2})月份?$/;
/** A month without its year on the right of a range: "2024.1-3", "2024.01-03月". */
const BARE_MONTH = /^(\d{1,2})(?:月份?)?$/;
const RANGE_SEPARATORS = new Set(["-", "~", "至", "到"]);

function rangeOf(from: YearMonth | undefined, to: YearMonth | undefined): MonthRange | undefined {
  if (!from || !to) return undefined;
  const span = monthOrdinal(to) - monthOrdinal(from) + 1;
  return span >= 1 && span <= MAX_RANGE_MONTHS ? { from, to } : undefined;
}

function chineseRange(text: string): MonthRange | undefined {
  const match = CHINESE_RANGE.exec(text);
  if (!match) return undefined;
  const fromYear = Number(match[1]);
  const toYear = match[3] === undefined ? fromYear : Number(match[3]);
  return rangeOf(yearMonth(fromYear, Number(match[2])), yearMonth(toYear, Number(match[4])));
}

function rightMonth(text: string, from: YearMonth): YearMonth | undefined {
  const bare = BARE_MONTH.exec(text);
  return bare ? yearMonth(from.year, Number(bare[1])) : monthFromText(text);
}

/**
 * Tries every separator as the split point: "-" also separates a date's parts, so
 * "2024-01-2024-03" only reads at its middle dash. The first split whose halves both read wins.
 */
function splitRange(text: string): MonthRange | undefined {
  for (let i = 1; i < text.length - 1; i++) {
    if (!RANGE_SEPARATORS.has(text.charAt(i))) continue;
    const from = monthFromText(text.slice(0, i));
    if (!from) continue;
    const range = rangeOf(from, rightMonth(text.slice(i + 1), from));
    if (range) return range;
  }
  return undefined;
}

function rangeFromText(text: string): MonthRange | undefined {
  // A whole date wins over a range: "2024-01-03" is 3 January, not January to March.
  const single = monthFromText(text);
  if (single) return { from: single, to: single };
  const compact = stripSpaces(unifyDashes(text)).replace(/〜/g, "~");
  return chineseRange(compact) ?? splitRange(compact);
}

/**
 * Reads the months a dues row pays for: one month (from = to) or a range ("2024.01-2024.03",
 * "2024.01—2024.03", "2024-01~2024-03", "2024年1-3月", "2024年1月至3月", "2024.1-3",
 * "2024.11-2025.02"). A range that ends before it starts or spans more than 24 months is invalid.
 */
export function parseMonthRange(value: CellValue): ParseResult<MonthRange> {
  const input = readCell(value);
  if (input.kind === "text") {
    const range = rangeFromText(input.text);
    return range ? parsed(range) : INVALID;
  }
  const single = monthFromCell(value);
  return single.ok ? parsed({ from: single.value, to: single.value }) : single;
}
