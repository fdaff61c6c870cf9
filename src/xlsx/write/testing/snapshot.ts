import type ExcelJS from "exceljs";
import { conditionalFormatsOf } from "../exceljsGuards";

/** Plain data without undefined fields, so that two snapshots compare with toEqual. */
const plain = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);

export interface CellSnapshot {
  value: unknown;
  numFmt: unknown;
  fill: unknown;
  font: unknown;
  note: unknown;
}

export interface SheetSnapshot {
  name: string;
  cells: Record<string, CellSnapshot>;
  conditionalFormats: unknown;
  merges: string[];
}

/**
 * A workbook as the tests compare it: every cell's value (formulas with their results), number
 * format, fill, font and note; the conditional formats; merges; sheet names in tab order. Not the
 * bytes: zip timestamps differ between saves.
 */
export function snapshotWorkbook(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, CellSnapshot> = {};
    eachStoredCell(sheet, (cell) => {
      const snapshot: CellSnapshot = {
        value: plain(cell.value),
        numFmt: plain(cell.numFmt),
        fill: plain(cell.fill),
        font: plain(cell.font),
        note: plain(cell.note),
      };
      // A cell with nothing of its own is no different from a cell that is not stored at all.
      if (Object.values(snapshot).some((v) => v !== undefined && v !== null)) {
        cells[cell.address] = snapshot;
      }
    });
    return {
      name: sheet.name,
      cells,
      conditionalFormats: plain(conditionalFormatsOf(sheet)),
      merges: [...sheet.model.merges].sort(),
    };
  });
}

/** Calls `visit` for every cell the sheet holds, without creating rows or cells on the way. */
function eachStoredCell(worksheet: ExcelJS.Worksheet, visit: (cell: ExcelJS.Cell) => void): void {
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) visit(cell);
    }
  }
}
