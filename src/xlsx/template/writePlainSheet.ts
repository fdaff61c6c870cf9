import type ExcelJS from "exceljs";
import { TEMPLATE_TITLE_HEIGHT, type PlainSheet, type TemplateModel } from "../../engine/template";
import { templateStyle } from "./templateStyle";
import { isBlankValue, toExcelValue } from "./cellValue";
import { applyPrintSetup, freezeRows } from "./sheetSetup";
import type { PrintSetup } from "../../engine/workbook";

const TITLE_ROW = 1;
const HEADER_ROW = 2;

/**
 * Writes a ledger given whole (such as the sample's month-column dues register): its values from
 * A1 and its merges, with the template's title and header styles (a title row, then a header
 * row). Numbers stay numbers; text stays text.
 */
export function writePlainSheet(
  workbook: ExcelJS.Workbook,
  model: TemplateModel,
  sheet: PlainSheet,
  print: PrintSetup
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  const headers = (sheet.values[HEADER_ROW - 1] ?? []).map((h) => String(h));

  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (isBlankValue(value)) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = toExcelValue(value, false);
      if (typeof value === "number" && r >= HEADER_ROW)
        cell.numFmt = numberFormat(headers[c], value);
    });
  });
  for (const merge of sheet.merges) worksheet.mergeCells(merge);
  const width = Math.max(...sheet.values.map((row) => row.length));
  worksheet.getCell(TITLE_ROW, 1).style = templateStyle(model.styles.title);
  worksheet.getRow(TITLE_ROW).height = TEMPLATE_TITLE_HEIGHT;
  for (let c = 1; c <= width; c++) {
    worksheet.getCell(HEADER_ROW, c).style = templateStyle(model.styles.header);
    const header = String(sheet.values[HEADER_ROW - 1]?.[c - 1] ?? "");
    worksheet.getColumn(c).width = /^\d{1,2}月$/.test(header) ? 8 : header === "序号" ? 6 : 12;
  }
  freezeRows(worksheet, HEADER_ROW);
  applyPrintSetup(worksheet, print);
  return worksheet;
}

/** Rates as percentages, amounts with two decimals, counts (序号) as they are. */
function numberFormat(header: string | undefined, value: number): string {
  if (header !== undefined && /比例|标准/.test(header)) return "0.0%";
  return Number.isInteger(value) && header === "序号" ? "0" : "0.00";
}
