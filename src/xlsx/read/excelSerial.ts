const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system, the anchor ExcelJS converts with. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems' day zero. */
export const DATE_1904_OFFSET = 1_462;

/**
 * The serial in the 1900 date system (what the engine reads) of a Date ExcelJS produced.
 *
 * ExcelJS maps serial ↔ Date linearly around 1970-01-01 and ignores the fictitious 1900-02-29
 * (serial 60), so for serials below 61 its Date is one day earlier than what Excel shows. Undoing
 * its own mapping therefore gives back exactly the serial stored in the file — 59 for the
 * 1900-02-28 Excel shows, 60 for Excel's 1900-02-29, 61 for 1900-03-01 — which is what
 * Range.values returns. In a 1904 workbook ExcelJS has already added the 1462 days, so the result
 * is the 1900-system serial of the same calendar day. Fractions (times of day) stay fractions.
 * An invalid Date (a serial too large for JavaScript) has no serial: undefined.
 */
export function dateToSerial(date: Date): number | undefined {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return undefined;
  // One division of whole milliseconds: a serial of whole milliseconds comes back bit for bit.
  return (ms + UNIX_EPOCH_SERIAL * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * The 1900-system serial that the full reader would produce for a raw stored serial in a
 * date-formatted cell: ExcelJS's own serial → Date rounding (to the millisecond, in the workbook's
 * date system), then dateToSerial. The streaming reader leaves formula results raw; this keeps
 * its grids identical to the full reader's.
 */
export function storedSerialAsRead(stored: number, date1904: boolean): number | undefined {
  // Same expression, in the same order, as ExcelJS's excelToDate, so the rounding matches.
  const ms = Math.round(
    (stored - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * 24 * 3600 * 1000
  );
  // What new Date(ms).getTime() gives, without a Date per cell: NaN past ±8.64e15 ms.
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return undefined;
  return (ms + UNIX_EPOCH_SERIAL * MS_PER_DAY) / MS_PER_DAY;
}

/** The largest time value a JavaScript Date holds (±100 million days around 1970). */
const MAX_DATE_MS = 8.64e15;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A `t="d"` cell's ISO 8601 text ("2024-03-05", "2024-03-05T08:30:00") as a 1900-system serial:
 * the calendar date and time as written (Excel has no time zones); undefined when not a date.
 */
export function isoDateToSerial(text: string): number | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds] = match;
  const ms = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    0,
    Math.round(Number(seconds ?? 0) * 1000)
  );
  return Number.isFinite(ms) ? dateToSerial(new Date(ms)) : undefined;
}

/**
 * Whether a number format shows dates or times, by the rule ExcelJS itself applies (text in
 * quotes and brackets ignored; any of y m d h M s b left), so both readers agree on which
 * numbers are dates.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}
