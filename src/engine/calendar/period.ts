import { day, daysInMonth, type DayNumber, ymdFromDay } from "./day";

/** How often a requirement recurs. */
export type Frequency = "month" | "quarter" | "half-year" | "year";

/**
 * A reporting period. `key` is what findings carry: "2024", "2024-H1", "2024-Q2" or "2024-05".
 * `start` and `end` are inclusive days.
 */
export interface Period {
  key: string;
  frequency: Frequency;
  year: number;
  /** 1-based index within the year: month 1–12, quarter 1–4, half 1–2, year 1. */
  index: number;
  start: DayNumber;
  end: DayNumber;
}

const MONTHS_PER: Record<Frequency, number> = { month: 1, quarter: 3, "half-year": 6, year: 12 };

export function periodCount(frequency: Frequency): number {
  return 12 / MONTHS_PER[frequency];
}

const FREQUENCY_CODE: Record<Frequency, number> = { month: 0, quarter: 1, "half-year": 2, year: 3 };

/**
 * Periods already made, shared: per-member rules ask for the same dozen months hundreds of
 * thousands of times in a large unit. Frozen because they are shared; bounded because a long
 * session of odd inputs could otherwise keep every year ever asked for.
 */
const made = new Map<number, Period>();
const MADE_LIMIT = 4096;

export function periodOf(frequency: Frequency, year: number, index: number): Period {
  const cacheable = Number.isInteger(year) && Number.isInteger(index) && index >= 1 && index <= 12;
  const key = year * 64 + FREQUENCY_CODE[frequency] * 16 + index;
  const known = cacheable ? made.get(key) : undefined;
  if (known) return known;
  const period = Object.freeze(makePeriod(frequency, year, index));
  if (cacheable) {
    if (made.size >= MADE_LIMIT) made.clear();
    made.set(key, period);
  }
  return period;
}

function makePeriod(frequency: Frequency, year: number, index: number): Period {
  const span = MONTHS_PER[frequency];
  const firstMonth = (index - 1) * span + 1;
  const lastMonth = firstMonth + span - 1;
  return {
    key: periodKey(frequency, year, index),
    frequency,
    year,
    index,
    start: day(year, firstMonth, 1),
    end: day(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

function periodKey(frequency: Frequency, year: number, index: number): string {
  switch (frequency) {
    case "month":
      return `${year}-${String(index).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${index}`;
    case "half-year":
      return `${year}-H${index}`;
    case "year":
      return `${year}`;
  }
}

/** Every period of the given frequency in a calendar year, in order. */
export function periodsOfYear(frequency: Frequency, year: number): Period[] {
  return Array.from({ length: periodCount(frequency) }, (_, i) => periodOf(frequency, year, i + 1));
}

/** The period of the given frequency that contains a day. */
export function periodContaining(frequency: Frequency, serial: DayNumber): Period {
  const { year, month } = ymdFromDay(serial);
  return periodOf(frequency, year, Math.floor((month - 1) / MONTHS_PER[frequency]) + 1);
}

export function contains(period: Period, serial: DayNumber): boolean {
  return serial >= period.start && serial <= period.end;
}

/** Parses a period key back ("2024", "2024-H1", "2024-Q2", "2024-05"); undefined otherwise. */
export function parsePeriodKey(key: string): Period | undefined {
  const match = /^(\d{4})(?:-(?:(Q)([1-4])|(H)([12])|(\d{2})))?$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2]) return periodOf("quarter", year, Number(match[3]));
  if (match[4]) return periodOf("half-year", year, Number(match[5]));
  if (match[6]) {
    const month = Number(match[6]);
    return month >= 1 && month <= 12 ? periodOf("month", year, month) : undefined;
  }
  return periodOf("year", year, 1);
}
