import { type DayNumber, ymdFromDay } from "../calendar/day";
import type { LedgerWorkbook } from "./ledgers";

/** The year most ledger dates fall in (ties → the later year); undefined when no dates were read. */
export function dominantLedgerYear(workbook: LedgerWorkbook): number | undefined {
  const counts = new Map<number, number>();
  const add = (serial: DayNumber | undefined): void => {
    if (serial === undefined) return;
    const { year } = ymdFromDay(serial);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  };
  workbook.meetings?.records.forEach((r) => add(r.date?.day));
  workbook.lectures?.records.forEach((r) => add(r.date?.day));
  workbook.training?.records.forEach((r) => add(r.start?.day));
  workbook.dues?.records.forEach((r) => {
    const to = r.months?.to;
    if (to) counts.set(to.year, (counts.get(to.year) ?? 0) + 1);
  });
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
