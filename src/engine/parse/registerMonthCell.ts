import type { CellValue } from "../cell/types";
import { dayFromYmd, isValidYmd, type DayNumber } from "../calendar/day";
import { dateFromText, dayFromSerial, EARLIEST_YEAR } from "./date";
import { parseName } from "./name";
import { parseAmount } from "./number";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell, stripSpaces } from "./scan";

/**
 * What one month cell of the month-column dues register (党员党费交纳登记表) says:
 * - `amount`: that amount was paid for the month;
 * - `date`: paid on that day (the month's due, whatever it is);
 * - `mark`: paid, amount not written — ✓, 已交, or the payer's or collector's signature;
 * - `exempt`: 免交/减免 (an approved exemption);
 * - `unpaid`: written as not paid (未交, ×, 欠交);
 * - `none`: a dash or slash, as registers fill months before a member joined: no payment, and
 *   nothing unreadable either.
 */
export type RegisterMonthCell =
  | { kind: "amount"; amount: number }
  | { kind: "date"; day: DayNumber }
  | { kind: "mark" }
  | { kind: "exempt" }
  | { kind: "unpaid" }
  | { kind: "none" };

/** The first serial of EARLIEST_YEAR: no monthly due is this many yuan, every later date is. */
const FIRST_PLAUSIBLE_SERIAL = dayFromYmd({ year: EARLIEST_YEAR, month: 1, day: 1 });

/** 19500101: from here up a whole number is a date typed as yyyymmdd, far beyond any serial. */
const COMPACT_DATE_FROM = EARLIEST_YEAR * 10_000 + 101;

const PAID_MARKS: ReadonlySet<string> = new Set([
  "✓",
  "√",
  "✔",
  "☑",
  "○",
  "〇",
  "●",
  "是",
  "y",
  "yes",
  "交",
  "缴",
  "收",
  "已",
]);
const UNPAID_MARKS: ReadonlySet<string> = new Set(["×", "✗", "✘", "x", "否", "n", "no", "无"]);
const NOTHING_MARKS = /^[-/\\—_.。·、]+$/;
const PAID_WORDS = ["已交", "已缴", "已收", "补交", "补缴", "交清", "缴清", "已付"] as const;
const UNPAID_WORDS = ["未交", "未缴", "欠交", "欠缴", "未收", "未付", "缓交", "缓缴"] as const;
const EXEMPT_WORDS = ["免交", "免缴", "减免", "免收"] as const;
/** "3月20日", "3月20号": a day of the register's year. */
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})[日号]$/;

function fromText(text: string, year: number | undefined): RegisterMonthCell | undefined {
  const compact = stripSpaces(text).toLowerCase();
  if (PAID_MARKS.has(compact)) return { kind: "mark" };
  if (UNPAID_MARKS.has(compact)) return { kind: "unpaid" };
  // Negative words first: "未交" contains 交, "欠缴" contains 缴.
  if (UNPAID_WORDS.some((w) => compact.includes(w))) return { kind: "unpaid" };
  if (EXEMPT_WORDS.some((w) => compact.includes(w))) return { kind: "exempt" };
  // A whole date first: "20250320" is a day, not twenty million yuan.
  const date = dateFromText(text);
  if (date && !date.monthOnly) return { kind: "date", day: date.day };
  const amount = parseAmount(text);
  if (amount.ok) return amount.value < 0 ? undefined : { kind: "amount", amount: amount.value };
  const monthDay = MONTH_DAY.exec(compact);
  if (monthDay && year !== undefined) {
    const ymd = { year, month: Number(monthDay[1]), day: Number(monthDay[2]) };
    if (isValidYmd(ymd)) return { kind: "date", day: dayFromYmd(ymd) };
  }
  if (PAID_WORDS.some((w) => compact.includes(w))) return { kind: "mark" };
  // A signature: the payer or the collector signed the month off.
  if (parseName(text).ok) return { kind: "mark" };
  return undefined;
}

function fromNumber(value: number): RegisterMonthCell | undefined {
  if (value < 0) return undefined;
  if (!Number.isInteger(value) || value < FIRST_PLAUSIBLE_SERIAL) {
    return { kind: "amount", amount: value };
  }
  // Monthly dues never reach 18,000 yuan: a whole number that large is a date — a date cell's
  // serial, or 20250320 typed into a General cell.
  const typed = value >= COMPACT_DATE_FROM ? dateFromText(String(value)) : undefined;
  const day = typed && !typed.monthOnly ? typed.day : dayFromSerial(value);
  return day === undefined ? undefined : { kind: "date", day };
}

/**
 * Reads one month cell of the dues register. `year` is the register's year, for dates written
 * without one (`3月20日`). A bare number is an amount; a whole number from the serial of
 * 1950-01-01 (18,264) up is a date, as Excel hands date cells over — no month's dues come near.
 * Text that is none of the forms above is invalid, so the reader reports it.
 */
export function parseRegisterMonthCell(
  value: CellValue,
  year?: number
): ParseResult<RegisterMonthCell> {
  const input = readCell(value);
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "boolean":
      return parsed(input.value ? { kind: "mark" } : { kind: "unpaid" });
    case "number": {
      const cell = fromNumber(input.value);
      return cell ? parsed(cell) : INVALID;
    }
    case "text": {
      if (NOTHING_MARKS.test(stripSpaces(input.text))) return parsed({ kind: "none" });
      const cell = fromText(input.text, year);
      return cell ? parsed(cell) : INVALID;
    }
    default:
      return INVALID;
  }
}
