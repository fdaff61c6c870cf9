/** Writes check results into an ExcelJS workbook and takes them out again, exactly. */
export { applyCheck, type ApplyReport } from "./applyCheck";
export { clearCheck, type ClearReport } from "./clearCheck";
export { writeSheetModel } from "./sheetModel";
export { findSummarySheets, writeSummarySheet } from "./summarySheet";
export { writeXlsxBuffer, writeXlsxFile } from "./saveXlsx";
