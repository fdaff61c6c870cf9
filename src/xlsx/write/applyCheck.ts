import type ExcelJS from "exceljs";
import { columnIndex } from "../../engine/cell/address";
import type { HighlightPlan, SheetHighlights } from "../../engine/highlight/plan";
import type { SheetModel } from "../../engine/summary/model";
import { clearSheet } from "./clearSheet";
import { addMarks } from "./conditionalMarks";
import { addNote } from "./notes";
import { findSummarySheets, writeSummarySheet } from "./summarySheet";
import { firstUsedCell, usedColumns, type UsedColumns } from "./usedRange";

export interface ApplyReport {
  /** The name the summary sheet was written under. */
  summarySheet: string;
  markedRows: number;
  markedCells: number;
  notes: number;
  /** Sheets of the plan that the workbook does not have. */
  skippedSheets: string[];
}

/** Excel matches sheet names without regard to case; prefer the exact spelling. */
function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLocaleLowerCase();
  return (
    workbook.worksheets.find((sheet) => sheet.name === name) ??
    workbook.worksheets.find((sheet) => sheet.name.toLocaleLowerCase() === wanted)
  );
}

/**
 * The cell a note naming no cell goes on: the row's first cell with a value. A row without any value (never
 * expected: findings come from records) falls back to its first unreadable cell, else the first
 * used column.
 */
function noteCell(
  sheet: ExcelJS.Worksheet,
  highlights: SheetHighlights,
  row: number,
  columns: UsedColumns | null
): ExcelJS.Cell {
  const used = firstUsedCell(sheet, row);
  if (used) return used;
  const unreadable = highlights.unreadableCells.find((cell) => cell.row === row);
  const column = unreadable ? (columnIndex(unreadable.column) ?? 0) + 1 : (columns?.first ?? 1);
  return sheet.getCell(row, column);
}

/**
 * Marks the workbook per the plan and writes the summary sheet. Whatever an earlier check left is
 * removed first, so checking twice gives the same workbook as checking once.
 */
export function applyCheck(
  workbook: ExcelJS.Workbook,
  plan: HighlightPlan,
  summary: SheetModel
): ApplyReport {
  const ours = new Set(findSummarySheets(workbook));
  for (const sheet of workbook.worksheets) if (!ours.has(sheet)) clearSheet(sheet);

  const report: ApplyReport = {
    summarySheet: "",
    markedRows: 0,
    markedCells: 0,
    notes: 0,
    skippedSheets: [],
  };
  for (const highlights of plan.sheets) {
    const sheet = findSheet(workbook, highlights.sheet);
    if (!sheet || ours.has(sheet)) {
      report.skippedSheets.push(highlights.sheet);
      continue;
    }
    const columns = usedColumns(sheet);
    const added = addMarks(sheet, highlights, plan.colours, columns);
    report.markedRows += added.rows;
    report.markedCells += added.cells;
    for (const note of highlights.notes) {
      const cell =
        note.column !== null
          ? sheet.getCell(`${note.column}${note.row}`)
          : noteCell(sheet, highlights, note.row, columns);
      addNote(cell, note.text);
      report.notes++;
    }
  }
  report.summarySheet = writeSummarySheet(workbook, summary);
  return report;
}
