/** The standard template's missing sheets inserted into the open workbook with Office.js. */
export { insertTemplateSheets } from "./insertTemplateSheets";
export { toOfficeRule } from "./dataValidation";
