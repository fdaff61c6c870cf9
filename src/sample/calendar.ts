/**
 * Calendar days as Excel serial numbers (what Range.values gives for a date cell). The sample keeps
 * its own small calendar rather than the engine's, so checking the sample against the engine
 * compares two independent readings of the same dates.
 */

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system, as the serials after 1900-03-01 count from it. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / MS_PER_DAY);
}

export function ymdOf(serial: number): Ymd {
  const date = new Date(EXCEL_EPOCH + serial * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isoOf(serial: number): string {
  const { year, month, day } = ymdOf(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(serial: number): number {
  return new Date(EXCEL_EPOCH + serial * MS_PER_DAY).getUTCDay();
}

export function isWorkday(serial: number): boolean {
  const weekday = weekdayOf(serial);
  return weekday !== 0 && weekday !== 6;
}

/** Monday-to-Friday days of a month between two days of it, both included. */
export function workdaysOfMonth(year: number, month: number, fromDay = 1, toDay = 31): number[] {
  const last = Math.min(toDay, daysInMonth(year, month));
  const days: number[] = [];
  for (let d = Math.max(1, fromDay); d <= last; d++) {
    const serial = serialOf(year, month, d);
    if (isWorkday(serial)) days.push(serial);
  }
  return days;
}

/** The same day `months` later, as the member's probation (一年) is reckoned. Days 29–31 are avoided by callers. */
export function addMonthsSerial(serial: number, months: number): number {
  const { year, month, day } = ymdOf(serial);
  const index = year * 12 + (month - 1) + months;
  return serialOf(Math.floor(index / 12), (index % 12) + 1, day);
}

/** The month of a day as "2025-03", the engine's month period key. */
export function monthKeyOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
