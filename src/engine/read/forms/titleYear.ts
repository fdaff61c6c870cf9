import { isPlausibleYear } from "../../parse/date";
import { toHalfWidth } from "../../parse/text";
import { type Grid } from "../grid";

/** "2025年", "2025年度", "2025 年": a year a title names. */
const YEAR_IN_TEXT = /(?:^|\D)((?:19|20|21)\d{2})\s*年/;

function yearIn(text: string): number | undefined {
  const match = YEAR_IN_TEXT.exec(toHalfWidth(text));
  const year = match ? Number(match[1]) : undefined;
  return year !== undefined && isPlausibleYear(year) ? year : undefined;
}

/**
 * The year a sheet's title names ("2025年度第一党支部党员党费交纳登记表"): the first year written
 * in the rows above the header, else in the sheet's name. Forms whose columns name months or a
 * year's totals without the year take it from here.
 */
export function titleYear(grid: Grid, headerIndex: number, sheetName: string): number | undefined {
  for (let r = 0; r < headerIndex; r++) {
    for (const value of grid[r] ?? []) {
      if (typeof value !== "string" || value.length > 200) continue;
      const year = yearIn(value);
      if (year !== undefined) return year;
    }
  }
  return yearIn(sheetName);
}
