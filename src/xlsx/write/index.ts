/**
 * Writes check results into an ExcelJS workbook and takes them out again, exactly. Saving
 * (saveXlsx.ts) is imported by path, not from here: it reaches into ExcelJS's Node build, and the
 * task pane's bundle uses this index too.
 */
export { applyCheck, type ApplyReport } from "./applyCheck";
export { clearCheck, type ClearReport } from "./clearCheck";
export { writeSheetModel } from "./sheetModel";
export { findSummarySheets, writeSummarySheet } from "./summarySheet";
