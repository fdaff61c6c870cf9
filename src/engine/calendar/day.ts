/**
 * A calendar day as an Excel serial number in the 1900 date system (1 = 1900-01-01), the unit
 * Excel's `Range.values` uses. Whole numbers only: the engine never cares about the time of day.
 */
export type DayNumber = number;

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;
/** Excel serial 0 is 1899-12-31 for serials below 60, and 1899-12-30 from 61 on. */
const EPOCH_FROM_61 = Date.UTC(1899, 11, 30);
const EPOCH_BELOW_60 = Date.UTC(1899, 11, 31);
/** Excel's phantom 1900-02-29 (kept for Lotus 1-2-3 compatibility). */
export const PHANTOM_LEAP_DAY = 60;

export function isValidYmd({ year, month, day }: Ymd): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Asked for every dated row of every rule, so the usual case is counted without a Date object;
  // anything odd (a month outside 1–12, a fraction, years 0–99, which Date.UTC reads as 19xx)
  // keeps Date's normalisation.
  const usual = Number.isInteger(year) && year >= 100 && Number.isInteger(month);
  if (usual && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1] ?? 31;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The serial of a real calendar day (callers validate with `isValidYmd` first). */
export function dayFromYmd({ year, month, day }: Ymd): DayNumber {
  const ms = Date.UTC(year, month - 1, day);
  const fromLate = Math.round((ms - EPOCH_FROM_61) / MS_PER_DAY);
  return fromLate >= 61 ? fromLate : Math.round((ms - EPOCH_BELOW_60) / MS_PER_DAY);
}

/** Days from 1970-01-01 to Excel's day 0, on each side of the phantom leap day. */
const UNIX_DAY_OF_SERIAL_0_FROM_61 = EPOCH_FROM_61 / MS_PER_DAY;
const UNIX_DAY_OF_SERIAL_0_BELOW_60 = EPOCH_BELOW_60 / MS_PER_DAY;
/** The days a JavaScript Date can hold on either side of 1970; past them a date is invalid. */
const DATE_LIMIT_DAYS = 100_000_000;
const INVALID: Ymd = Object.freeze({ year: Number.NaN, month: Number.NaN, day: Number.NaN });

/**
 * Calendar day of a serial; the phantom 1900-02-29 reads as 1900-02-28's successor, 1900-03-01.
 * Counted in integers (the proleptic Gregorian calendar by 400-year eras) rather than through a
 * Date: every dated cell of every ledger asks, many times over. A serial no Date could hold gives
 * NaN parts, as a Date would.
 */
export function ymdFromDay(serial: DayNumber): Ymd {
  const whole = Math.floor(serial);
  const unixDay =
    whole + (whole >= 61 ? UNIX_DAY_OF_SERIAL_0_FROM_61 : UNIX_DAY_OF_SERIAL_0_BELOW_60);
  if (!(Math.abs(unixDay) <= DATE_LIMIT_DAYS)) return INVALID;
  // Days since 0000-03-01, so that the leap day ends each counted year.
  const fromMarch = unixDay + 719_468;
  const era = Math.floor(fromMarch / 146_097);
  const dayOfEra = fromMarch - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function day(year: number, month: number, dayOfMonth: number): DayNumber {
  return dayFromYmd({ year, month, day: dayOfMonth });
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** "2024-03-05" */
export function isoDate(serial: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(serial);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** Parses a strict ISO "YYYY-MM-DD" (for options and tests); undefined when not a real day. */
export function dayFromIso(text: string): DayNumber | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidYmd(ymd) ? dayFromYmd(ymd) : undefined;
}

/**
 * Adds calendar months like Excel's EDATE: the day of month is kept and clamped to the target
 * month's last day (2024-03-31 + 6 months → 2024-09-30).
 */
export function addMonths(serial: DayNumber, months: number): DayNumber {
  const { year, month, day: d } = ymdFromDay(serial);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayFromYmd({
    year: targetYear,
    month: targetMonth,
    day: Math.min(d, daysInMonth(targetYear, targetMonth)),
  });
}

export function addYears(serial: DayNumber, years: number): DayNumber {
  return addMonths(serial, years * 12);
}

/** Today's serial from a JavaScript timestamp in the given UTC offset (minutes; China is +480). */
export function dayFromTimestamp(ms: number, utcOffsetMinutes = 480): DayNumber {
  const local = new Date(ms + utcOffsetMinutes * 60_000);
  return dayFromYmd({
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
  });
}

/**
 * Day of the week of a serial: 0 = Sunday … 6 = Saturday. Serial 61 (1900-03-01) was a Thursday;
 * earlier serials, around Excel's phantom 1900-02-29, are not ledger dates.
 */
export function weekdayOf(serial: DayNumber): number {
  return (((serial - 57) % 7) + 7) % 7;
}
