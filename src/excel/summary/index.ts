/** The 汇总表 (and any sheet model) written with Office.js, and taken out again by 清除标记. */
export { removeSummarySheets } from "./removeSummarySheets";
export { RequestBudget, DEFAULT_BUDGET, type BudgetLimits } from "./requestBudget";
export { writeSheetModel } from "./writeSheetModel";
export { TEXT_FORMAT } from "./writeGrid";
export { writeSummarySheet } from "./writeSummarySheet";
