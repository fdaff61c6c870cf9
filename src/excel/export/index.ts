/** 导出汇总表: the summary alone as a new workbook, opened in Excel or downloaded. */
export { exportFileName, exportSummaryWorkbook } from "./exportSummaryWorkbook";
export { buildModelWorkbook } from "./buildModelWorkbook";
export { toBase64 } from "./base64";
