/** The 汇总表 written with Office.js, and taken out again by 清除标记 (sheet writing: ../sheet/). */
export { removeSummarySheets } from "./removeSummarySheets";
export { writeSummarySheet } from "./writeSummarySheet";
