import ExcelJS from "exceljs";

/** 1-based column numbers of the leftmost and rightmost cells that hold a value. */
export interface UsedColumns {
  first: number;
  last: number;
}

/** The columns a sheet's values span; null for a sheet without values. */
export function usedColumns(worksheet: ExcelJS.Worksheet): UsedColumns | null {
  let first = Infinity;
  let last = 0;
  worksheet.eachRow((row) => {
    row.eachCell((_cell, column) => {
      first = Math.min(first, column);
      last = Math.max(last, column);
    });
  });
  return last > 0 ? { first, last } : null;
}

/**
 * The cell a row's note goes on: the row's first cell with a value of its own, else its first
 * merged cell, else null. A note needs a cell that the file keeps: ExcelJS drops a note whose cell
 * has neither a value nor a style when it reads the file back.
 */
export function firstUsedCell(worksheet: ExcelJS.Worksheet, row: number): ExcelJS.Cell | null {
  const found = worksheet.findRow(row);
  if (!found) return null;
  let merged: ExcelJS.Cell | null = null;
  for (let column = 1; column <= found.cellCount; column++) {
    const cell = found.findCell(column);
    if (!cell || cell.type === ExcelJS.ValueType.Null) continue;
    if (cell.type !== ExcelJS.ValueType.Merge) return cell;
    merged ??= cell;
  }
  return merged;
}

/** Calls `visit` for every cell the sheet holds, without creating rows or cells on the way. */
export function eachStoredCell(
  worksheet: ExcelJS.Worksheet,
  visit: (cell: ExcelJS.Cell) => void
): void {
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) visit(cell);
    }
  }
}
