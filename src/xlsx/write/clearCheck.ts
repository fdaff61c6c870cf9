import type ExcelJS from "exceljs";
import { clearSheet } from "./clearSheet";
import { findSummarySheets, removeSummarySheets } from "./summarySheet";

export interface ClearReport {
  /** Sheets that had marks or notes of ours, in tab order. */
  sheets: string[];
  /** Rows and cells that were marked. */
  marks: number;
  /** Note blocks of ours removed (the user's own notes stay, as they were). */
  notes: number;
  summaryRemoved: boolean;
}

/** Removes everything a check wrote: marks, our note blocks and our summary sheet. */
export function clearCheck(workbook: ExcelJS.Workbook): ClearReport {
  const ours = new Set(findSummarySheets(workbook));
  const report: ClearReport = { sheets: [], marks: 0, notes: 0, summaryRemoved: false };
  for (const sheet of workbook.worksheets) {
    if (ours.has(sheet)) continue;
    const { marks, notes } = clearSheet(sheet);
    if (marks + notes > 0) report.sheets.push(sheet.name);
    report.marks += marks;
    report.notes += notes;
  }
  report.summaryRemoved = removeSummarySheets(workbook) > 0;
  return report;
}
