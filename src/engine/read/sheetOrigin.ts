import { columnLetter, parseCellAddress } from "../cell/address";

/**
 * Where a used range sits on its sheet. Excel's `Range.values` starts at the used range's top-left
 * cell, not at A1, so grid position (0, 0) may be sheet cell B3; every row and column letter the
 * reader reports is translated back to the sheet so that findings point at the real cell.
 */
export interface SheetOrigin {
  /** 1-based sheet row of the grid's first row. */
  row: number;
  /** 0-based sheet column of the grid's first column. */
  column: number;
}

export const A1_ORIGIN: SheetOrigin = { row: 1, column: 0 };

/** "B3" → { row: 3, column: 1 }. Omitted or unreadable addresses are taken as A1. */
export function sheetOrigin(topLeft: string | undefined): SheetOrigin {
  if (topLeft === undefined) return A1_ORIGIN;
  return parseCellAddress(topLeft) ?? A1_ORIGIN;
}

/** The sheet row of a 0-based grid row. */
export function sheetRow(origin: SheetOrigin, gridRow: number): number {
  return origin.row + gridRow;
}

/** The sheet column letters of a 0-based grid column. */
export function sheetColumn(origin: SheetOrigin, gridColumn: number): string {
  return columnLetter(origin.column + gridColumn);
}
