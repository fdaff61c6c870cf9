import type { CellValue } from "../cell/types";
import { dateFromText, dayFromSerial, isPlausibleYear, LATEST_YEAR } from "./date";
import { ymdFromDay } from "../calendar/day";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { clean, readCell, stripSpaces, unifyDashes } from "./scan";

/**
 * A plain decimal: optional sign, digits with or without correct thousands grouping
 * ("1,234.50"; "12,34" is not a number), optional fraction. No exponents: nobody writes them.
 */
const DECIMAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

function decimal(text: string): number | undefined {
  const match = DECIMAL.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads a number from a cell, with `strip` removing the units a text may carry. Booleans, NaN and
 * ±Infinity are not numbers.
 */
function readNumber(value: CellValue, strip: (text: string) => string): ParseResult<number> {
  const input = readCell(value);
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "number":
      return parsed(input.value);
    case "text": {
      const number = decimal(strip(stripSpaces(unifyDashes(input.text))));
      return number === undefined ? INVALID : parsed(number);
    }
    default:
      return INVALID;
  }
}

function refine<T>(
  result: ParseResult<number>,
  accept: (value: number) => T | undefined
): ParseResult<T> {
  if (!result.ok) return result;
  const value = accept(result.value);
  return value === undefined ? INVALID : parsed(value);
}

/** "￥15", "¥1,234.50", "人民币15元", "RMB 15", "15.00元", "15元整" → the number. */
function stripCurrency(text: string): string {
  return text.replace(/^([+-]?)(?:人民币|RMB|CNY|[¥￥])+/i, "$1").replace(/(?:元整?|圆整?)$/, "");
}

/** Reads an amount of money (党费基数, 应交/实交党费). Negative amounts (refunds) are allowed. */
export function parseAmount(value: CellValue): ParseResult<number> {
  return refine(readNumber(value, stripCurrency), (n) => (n === 0 ? 0 : n));
}

/**
 * A whole number near an integer counts as that integer: formula results like 11.999999999999998
 * are what Excel shows as 12.
 */
function wholeNumber(value: number): number | undefined {
  const rounded = clean(value);
  return Number.isSafeInteger(rounded) ? rounded : undefined;
}

/** Reads a head count: "12", 12, "12人", "12 名", "共12人". Fractions and negatives are invalid. */
export function parseCount(value: CellValue): ParseResult<number> {
  const strip = (text: string): string => text.replace(/^共/, "").replace(/(?:人|名|位|个)$/, "");
  return refine(readNumber(value, strip), (n) => {
    const whole = wholeNumber(n);
    return whole !== undefined && whole >= 0 ? Math.abs(whole) : undefined;
  });
}

/** Reads study hours: "4", "4学时", "4小时", "4个学时", "2.5课时", "4h". Negative is invalid. */
export function parseHours(value: CellValue): ParseResult<number> {
  const strip = (text: string): string =>
    text.replace(/个?(?:学时|小时|课时|钟头)$|(?:hours?|hrs?|h)$/i, "");
  return refine(readNumber(value, strip), (n) => (n >= 0 ? Math.abs(n) : undefined));
}

/**
 * Numbers at or above this are percentage points (1.5 → 1.5%); below it they are fractions, as an
 * Excel percent cell delivers 1.5% (0.015). Dues rates are 0.5%…2%, so the two readings never
 * meet: 0.1 as a fraction would be 10%, as percentage points 0.1%.
 */
export const PERCENT_POINTS_FROM = 0.1;

/**
 * Reads 交纳比例 as a fraction: "1%" → 0.01, "1.5%" → 0.015, "0.5％", "5‰" → 0.005; numbers as
 * described at PERCENT_POINTS_FROM. Negative ratios and ratios above 100% are invalid.
 */
export function parseRatio(value: CellValue): ParseResult<number> {
  const input = readCell(value);
  if (input.kind === "text") {
    const text = stripSpaces(input.text);
    const unit = /(?:%|﹪)$/.test(text) ? 100 : /‰$/.test(text) ? 1000 : undefined;
    if (unit !== undefined) {
      const number = decimal(text.slice(0, -1));
      const ratio = number === undefined ? undefined : fraction(number / unit);
      return ratio === undefined ? INVALID : parsed(ratio);
    }
  }
  return refine(
    readNumber(value, (t) => t),
    (n) => fraction(n >= PERCENT_POINTS_FROM ? n / 100 : n)
  );
}

function fraction(value: number): number | undefined {
  const rounded = clean(value);
  return rounded >= 0 && rounded <= 1 ? Math.abs(rounded) : undefined;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

export const MAX_TERM_YEARS = 10;

/** "3年", "三年", "每届3年", "5年一届", "3周年" */
const TERM = /^(?:每届)?(\d{1,2}|[一二两三四五六七八九十])(?:周?年)?(?:一届)?$/;

/** Reads a term of office (任期) in whole years, 1…10. */
export function parseYears(value: CellValue): ParseResult<number> {
  const input = readCell(value);
  let years: number | undefined;
  if (input.kind === "blank") return BLANK;
  if (input.kind === "number") years = input.value;
  if (input.kind === "text") {
    const match = TERM.exec(stripSpaces(input.text));
    const digits = match?.[1];
    years = digits === undefined ? undefined : (CHINESE_DIGITS[digits] ?? Number(digits));
  }
  return years !== undefined && Number.isInteger(years) && years >= 1 && years <= MAX_TERM_YEARS
    ? parsed(years)
    : INVALID;
}

/** "2024", "2024年", "2024年度", "2024 年份" */
const YEAR = /^(\d{4})(?:年度?|年份)?$/;

/**
 * Reads a year (年度). Numbers up to 2200 are years as written; larger numbers are serial dates
 * and give their year. Written dates give their year too. Years outside 1950…2200 are invalid.
 */
export function parseYear(value: CellValue): ParseResult<number> {
  const input = readCell(value);
  let year: number | undefined;
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "number":
      year = input.value <= LATEST_YEAR ? input.value : yearOfSerial(input.value);
      break;
    case "text": {
      const match = YEAR.exec(stripSpaces(input.text));
      const date = match ? undefined : dateFromText(input.text);
      year = match ? Number(match[1]) : date && ymdFromDay(date.day).year;
      break;
    }
    default:
      year = undefined;
  }
  return year !== undefined && isPlausibleYear(year) ? parsed(year) : INVALID;
}

function yearOfSerial(value: number): number | undefined {
  const serial = dayFromSerial(value);
  return serial === undefined ? undefined : ymdFromDay(serial).year;
}
