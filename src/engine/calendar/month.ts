import { daysInMonth, dayFromYmd, type DayNumber, ymdFromDay } from "./day";

/** A calendar month. */
export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** A month as one ordinal number (year × 12 + month − 1), handy for ranges and gaps. */
export function monthOrdinal({ year, month }: YearMonth): number {
  return year * 12 + (month - 1);
}

export function monthFromOrdinal(ordinal: number): YearMonth {
  return { year: Math.floor(ordinal / 12), month: (ordinal % 12) + 1 };
}

export function monthOfDay(serial: DayNumber): YearMonth {
  const { year, month } = ymdFromDay(serial);
  return { year, month };
}

export function firstDayOfMonth({ year, month }: YearMonth): DayNumber {
  return dayFromYmd({ year, month, day: 1 });
}

export function lastDayOfMonth({ year, month }: YearMonth): DayNumber {
  return dayFromYmd({ year, month, day: daysInMonth(year, month) });
}

/** "2024-03" */
export function monthKey({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included (empty when `to` precedes `from`). */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let o = monthOrdinal(from); o <= monthOrdinal(to); o++) months.push(monthFromOrdinal(o));
  return months;
}
