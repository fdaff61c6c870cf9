import type { CellValue } from "../cell/types";
import { dayFromYmd, isValidYmd, PHANTOM_LEAP_DAY, type DayNumber } from "../calendar/day";
import type { DateCell } from "../model/ledgers";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell, unifyDashes } from "./scan";

/** Excel's last serial, 9999-12-31. */
export const MAX_SERIAL = 2_958_465;
/**
 * Plausible years for dates written as text. A year outside is a typo ("1024", "2204"), and
 * ledgers of a party organisation founded in the 1950s or later never hold such dates.
 */
export const EARLIEST_YEAR = 1950;
export const LATEST_YEAR = 2200;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/**
 * The day of an Excel serial: fractions (times of day) are dropped; serial 60, Excel's phantom
 * 1900-02-29, and serials outside Excel's own range 1…2958465 are not days.
 */
export function dayFromSerial(value: number): DayNumber | undefined {
  if (!Number.isFinite(value)) return undefined;
  const serial = Math.floor(value);
  if (serial < 1 || serial > MAX_SERIAL || serial === PHANTOM_LEAP_DAY) return undefined;
  return serial;
}

/** "2024年3月5日", "2024年3月5号", "2024年3月" (a month), "2024年3月份". */
const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号]?)?/;
/** "2024-03-05", "2024/3/5", "2024.3.5" and the months "2024-03", "2024/3", "2024.03". */
const SEPARATED_DATE = /^(\d{4})\s*([-/.])\s*(\d{1,2})(?!\d)(?:\s*\2\s*(\d{1,2})(?!\d))?/;
/** "20240305" */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;

/**
 * What may follow a day: a weekday ("（周二）", "星期二"), a time of day ("14:30", "上午",
 * "9时30分", "14:30-16:00"), an ISO "T". Anything else (another date, words) makes the cell
 * unreadable rather than silently dropping part of it.
 */
const DAY_TAIL =
  /^(?:\s|[()]|[Tt]|(?:周|星期|礼拜)[一二三四五六七日天]|上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|全天|[AaPp]\.?[Mm]\.?|\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分?|半|整)?|[-~至到])*$/;

interface DateParts {
  year: number;
  month: number;
  /** Undefined when the text named only a month. */
  day: number | undefined;
  tail: string;
}

function splitDate(text: string): DateParts | undefined {
  const chinese = CHINESE_DATE.exec(text);
  if (chinese) return parts(chinese, 1, 2, 3, text);
  const separated = SEPARATED_DATE.exec(text);
  if (separated) return parts(separated, 1, 3, 4, text);
  const compact = COMPACT_DATE.exec(text);
  if (compact) return parts(compact, 1, 2, 3, text);
  return undefined;
}

function parts(
  match: RegExpExecArray,
  year: number,
  month: number,
  day: number,
  text: string
): DateParts {
  const dayText = match[day];
  return {
    year: Number(match[year]),
    month: Number(match[month]),
    day: dayText === undefined ? undefined : Number(dayText),
    tail: text.slice(match[0].length).trim(),
  };
}

/**
 * Reads a date written as text (already half-width and trimmed). Exported for the month parser;
 * undefined when the text is not one of the accepted forms or not a real, plausible day.
 */
export function dateFromText(text: string): DateCell | undefined {
  const found = splitDate(unifyDashes(text));
  if (!found) return undefined;
  const { year, month, day, tail } = found;
  const monthOnly = day === undefined;
  const tailOk = monthOnly ? tail === "" || tail === "份" : DAY_TAIL.test(tail);
  if (!tailOk || !isPlausibleYear(year)) return undefined;
  const ymd = { year, month, day: day ?? 1 };
  if (!isValidYmd(ymd)) return undefined;
  return { day: dayFromYmd(ymd), monthOnly };
}

/**
 * A number in a date column: an Excel serial, or 20240305 typed into a General cell (such numbers
 * lie far beyond any plausible serial, so the two never overlap).
 */
function dateFromNumber(value: number): DateCell | undefined {
  if (
    Number.isInteger(value) &&
    value >= EARLIEST_YEAR * 10_000 &&
    value <= LATEST_YEAR * 10_000 + 1231
  ) {
    return dateFromText(String(value));
  }
  const serial = dayFromSerial(value);
  return serial === undefined ? undefined : { day: serial, monthOnly: false };
}

/**
 * Reads a date cell: an Excel serial or a written date (`2024-03-05`, `2024/3/5`, `2024.3.5`,
 * `2024年3月5日`, `20240305`, full-width digits, trailing times and weekdays). A month without a
 * day (`2024年3月`, `2024-03`) gives its first day with `monthOnly`. Two-digit years and
 * day-first orders (`05/03/2024`) are ambiguous and invalid.
 */
export function parseDate(value: CellValue): ParseResult<DateCell> {
  const input = readCell(value);
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "number": {
      const date = dateFromNumber(input.value);
      return date ? parsed(date) : INVALID;
    }
    case "text": {
      const date = dateFromText(input.text);
      return date ? parsed(date) : INVALID;
    }
    default:
      return INVALID;
  }
}
