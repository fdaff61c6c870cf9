import type ExcelJS from "exceljs";
import {
  INSTRUCTION_ROW_STYLES,
  type InstructionsSheet,
  type TemplateModel,
} from "../../engine/template";
import { templateStyle } from "./templateStyle";
import { applyPrintSetup } from "./sheetSetup";

/** 填表说明: titles, headings and paragraphs span the sheet; tables fill one cell per column. */
export function writeInstructionsSheet(
  workbook: ExcelJS.Workbook,
  model: TemplateModel,
  sheet: InstructionsSheet
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  const lastColumn = sheet.columnWidths.length;
  for (const row of sheet.rows) {
    const style = templateStyle(model.styles[INSTRUCTION_ROW_STYLES[row.type]]);
    const isTable = row.type === "table-header" || row.type === "table-row";
    if (isTable) {
      row.cells.forEach((text, i) => {
        const cell = worksheet.getCell(row.row, i + 1);
        cell.value = text;
        const own = i === 0 ? row.firstCellStyle : undefined;
        cell.style = own ? templateStyle(model.styles[own]) : style;
      });
    } else {
      const cell = worksheet.getCell(row.row, 1);
      cell.value = row.cells[0] ?? "";
      cell.style = style;
      worksheet.mergeCells(row.row, 1, row.row, lastColumn);
    }
    worksheet.getRow(row.row).height = row.height;
  }
  applyPrintSetup(worksheet, sheet.print);
  return worksheet;
}
