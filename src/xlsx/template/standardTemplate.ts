import type ExcelJS from "exceljs";
import { buildTemplateModel, type TemplateOptions } from "../../engine/template";
import { writeTemplateWorkbook } from "./writeTemplateWorkbook";

/**
 * The empty standard template departments receive, for a year and a unit when given: what
 * `party-ledger template` saves to a file and the checker page's 下载标准模板 hands the browser.
 */
export function standardTemplateWorkbook(options: TemplateOptions): ExcelJS.Workbook {
  return writeTemplateWorkbook(buildTemplateModel(options));
}
