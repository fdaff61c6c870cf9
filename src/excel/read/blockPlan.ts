/**
 * How the used ranges are cut into requests: runs of whole rows, several sheets sharing a request
 * when they are small, each request holding at most `maxCells` cells (but always at least one row).
 */

/** A sheet's used range: where it starts (0-based, as getRangeByIndexes takes it) and its size. */
export interface SheetExtent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Where reading stands: the sheet (index into the extents) and the rows of it already read. */
export interface ReadPosition {
  sheet: number;
  row: number;
}

/** Rows `firstRow … firstRow + rowCount - 1` (0-based within the used range) of one sheet. */
export interface Segment {
  sheet: number;
  firstRow: number;
  rowCount: number;
}

const cellsOf = (extent: SheetExtent, rows: number): number => rows * extent.columnCount;

/** The segments of the next request from `position`; empty when everything has been read. */
export function nextRequest(
  extents: readonly SheetExtent[],
  position: ReadPosition,
  maxCells: number
): Segment[] {
  const segments: Segment[] = [];
  let cells = 0;
  let { sheet, row } = position;
  while (sheet < extents.length) {
    const extent = extents[sheet];
    if (!extent || row >= extent.rowCount) {
      sheet++;
      row = 0;
      continue;
    }
    const room = Math.floor((maxCells - cells) / extent.columnCount);
    if (room < 1 && segments.length > 0) break;
    const rowCount = Math.min(extent.rowCount - row, Math.max(1, room));
    segments.push({ sheet, firstRow: row, rowCount });
    cells += cellsOf(extent, rowCount);
    row += rowCount;
    if (cells >= maxCells) break;
  }
  return segments;
}

/** The position after a request's segments have been read. */
export function advance(position: ReadPosition, segments: readonly Segment[]): ReadPosition {
  const last = segments[segments.length - 1];
  return last ? { sheet: last.sheet, row: last.firstRow + last.rowCount } : position;
}
