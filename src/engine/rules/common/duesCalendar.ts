import { dayFromYmd, daysInMonth, type DayNumber, weekdayOf } from "../../calendar/day";
import {
  lastDayOfMonth,
  monthFromOrdinal,
  monthOfDay,
  monthOrdinal,
  type YearMonth,
} from "../../calendar/month";

/** Dates the dues rules reckon with. */

/**
 * The last day dues for `month` may be paid late (DF 第十二条 "一般不得超过6个月"): the last day
 * of the month `limitMonths` later, end inclusive. 2024-03 → 2024-09-30; 2024-02 → 2024-08-31.
 * Month ends rather than EDATE's kept day: an officer reads "six months after February" as "by
 * the end of August", and EDATE would make February's limit (8-29) shorter than March's.
 */
export function backpayDeadline(month: YearMonth, limitMonths: number): DayNumber {
  return lastDayOfMonth(monthFromOrdinal(monthOrdinal(month) + limitMonths));
}

/**
 * The collection day in a month: a day the month lacks (31 in April) falls on its last day, and a
 * Saturday or Sunday moves to the next Monday (the next working day; holidays are not known).
 */
export function collectionDate(ordinal: number, dayOfMonth: number): DayNumber {
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  const date = dayFromYmd({ year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) });
  const weekday = weekdayOf(date);
  return weekday === 6 ? date + 2 : weekday === 0 ? date + 1 : date;
}

/**
 * Days between a payment and the nearest collection day, looking at its own month and the ones
 * either side: with day 1, a payment on 2024-04-30 is one day early for May's collection day.
 * Asked for every dated dues row, hence the plain loop.
 */
export function daysFromCollectionDay(paid: DayNumber, dayOfMonth: number): number {
  const ordinal = monthOrdinal(monthOfDay(paid));
  let nearest = Number.POSITIVE_INFINITY;
  for (let o = ordinal - 1; o <= ordinal + 1; o++) {
    nearest = Math.min(nearest, Math.abs(paid - collectionDate(o, dayOfMonth)));
  }
  return nearest;
}
