/** One cell as Excel's `Range.values` returns it: dates arrive as serial numbers, empty cells as "". */
export type CellValue = string | number | boolean;

/** A worksheet's used range, exactly as the host reads it. */
export interface SheetInput {
  name: string;
  values: CellValue[][];
  /** Top-left cell of the used range (e.g. "B3"); "A1" when omitted. */
  topLeft?: string;
}
