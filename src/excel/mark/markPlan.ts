import type { UsedArea } from "./scanMarks";
import {
  columnLetter,
  cellAddresses,
  chunkAddresses,
  type RowRange,
  type SheetHighlights,
} from "../../engine";
import type { MarkKind } from "../../engine/workbook";

/**
 * The conditional formats one sheet gets, as the .xlsx adapter lays them out: unreadable cells
 * first (top priority, so they show on an error row), then error rows, then warning rows; row marks
 * span the sheet's used columns; every address string stays under 8,192 characters.
 */

export interface PlannedMark {
  kind: MarkKind;
  /** Comma-joined areas for worksheet.getRanges. */
  address: string;
}

export interface SheetMarkPlan {
  /** In priority order: the first is the top priority. */
  marks: PlannedMark[];
  rows: number;
  cells: number;
}

const rowCount = (ranges: readonly RowRange[]): number =>
  ranges.reduce((sum, r) => sum + r.last - r.first + 1, 0);

export function planSheetMarks(highlights: SheetHighlights, used: UsedArea | null): SheetMarkPlan {
  const marks: PlannedMark[] = cellAddresses(highlights.unreadableCells).map((address) => ({
    kind: "unreadable",
    address,
  }));
  // A sheet without values has no columns to colour; its findings still get their notes.
  if (!used) return { marks, rows: 0, cells: highlights.unreadableCells.length };
  const first = columnLetter(used.columnIndex);
  const last = columnLetter(used.columnIndex + used.columnCount - 1);
  for (const kind of ["error", "warning"] as const) {
    const ranges = kind === "error" ? highlights.errorRows : highlights.warningRows;
    const areas = ranges.map((r) => `${first}${r.first}:${last}${r.last}`);
    for (const address of chunkAddresses(areas)) marks.push({ kind, address });
  }
  return {
    marks,
    rows: rowCount(highlights.errorRows) + rowCount(highlights.warningRows),
    cells: highlights.unreadableCells.length,
  };
}
