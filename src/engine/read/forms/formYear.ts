import { ymdFromDay, type DayNumber } from "../../calendar/day";
import { dominantLedgerYear } from "../../model/dominantYear";
import type { LedgerWorkbook, RegisterLayout } from "../../model/ledgers";
import { isPlausibleYear } from "../../parse/date";

/** What the caller knows of the year before the ledgers are read. */
export interface YearHints {
  /** The caller's reporting year (`--year`, the pane's setting). */
  year?: number;
  /** The year of the as-of date, the last resort. */
  asOfYear: number;
}

export interface FormYear {
  year: number;
  source: RegisterLayout["yearSource"];
}

/**
 * The year of a form whose columns name months or a year's totals without writing the year, in
 * order: the month headers' own year, the sheet's title or name, the caller's reporting year,
 * 单位信息's 年度, the year most dates of the other ledgers fall in, the year most of the form's
 * own dates fall in, the as-of date's year.
 */
export function formYear(
  explicit: { header?: number; title?: number },
  workbook: LedgerWorkbook,
  hints: YearHints,
  ownDates: readonly DayNumber[] = []
): FormYear {
  if (explicit.header !== undefined) return { year: explicit.header, source: "header" };
  if (explicit.title !== undefined) return { year: explicit.title, source: "title" };
  if (hints.year !== undefined && isPlausibleYear(hints.year)) {
    return { year: hints.year, source: "option" };
  }
  const info = workbook.unitInfo?.info.year;
  if (info !== undefined && isPlausibleYear(info)) return { year: info, source: "unit-info" };
  const ledgers = dominantLedgerYear(workbook);
  if (ledgers !== undefined) return { year: ledgers, source: "ledger-dates" };
  const own = mostCommonYear(ownDates);
  if (own !== undefined) return { year: own, source: "register-dates" };
  return { year: hints.asOfYear, source: "as-of" };
}

function mostCommonYear(days: readonly DayNumber[]): number | undefined {
  const counts = new Map<number, number>();
  for (const day of days) {
    const { year } = ymdFromDay(day);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    if (
      best === undefined ||
      count > (counts.get(best) ?? 0) ||
      (count === counts.get(best) && year > best)
    )
      best = year;
  }
  return best;
}
