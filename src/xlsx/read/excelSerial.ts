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
  return dateToSerial(new Date(ms));
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
