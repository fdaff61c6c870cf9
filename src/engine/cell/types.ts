/** One cell as Excel's `Range.values` returns it: dates arrive as serial numbers, empty cells as "". */
export type CellValue = string | number | boolean;

/** A worksheet's used range, exactly as the host reads it. */
export interface SheetInput {
  name: string;
  values: CellValue[][];
  /** Top-left cell of the used range (e.g. "B3"); "A1" when omitted. */
  topLeft?: string;
  /**
   * Merged areas as A1 ranges in sheet coordinates ("A3:A7"), when the host can tell. The reader
   * gives every cell of a merged area the top-left cell's value, as a person reading the sheet would.
   */
  merges?: readonly string[];
  /**
   * The sheet is hidden (or very hidden) in the workbook, when the host can tell. Among several
   * sheets for one ledger a visible one is preferred (a hidden 2023年三会一课台账 left in front of
   * 2024年三会一课台账 is last year's).
   */
  hidden?: boolean;
}
