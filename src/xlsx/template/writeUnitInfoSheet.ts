import type ExcelJS from "exceljs";
import {
  TEMPLATE_CAPTION_HEIGHT,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_TITLE_HEIGHT,
  TEMPLATE_TITLE_ROW,
  unitInfoValue,
  type TemplateModel,
  type UnitInfoTemplateSheet,
} from "../../engine/template";
import { templateStyle } from "./templateStyle";
import { isBlankValue, toExcelValue } from "./cellValue";
import { addRangeValidation, toExcelValidation } from "./dataValidation";
import { applyPrintSetup, freezeRows } from "./sheetSetup";
import type { CellValue, UnitInfoKey } from "../../engine";

/** 单位信息: a note, the key and its value on each row, with the value pre-filled or given. */
export function writeUnitInfoSheet(
  workbook: ExcelJS.Workbook,
  model: TemplateModel,
  sheet: UnitInfoTemplateSheet,
  values: Partial<Record<UnitInfoKey, CellValue>> = {}
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.columns.forEach((column, i) => {
    worksheet.getColumn(i + 1).width = column.width;
  });

  const title = worksheet.getCell(TEMPLATE_TITLE_ROW, 1);
  title.value = sheet.title;
  title.style = templateStyle(model.styles.title);
  worksheet.mergeCells(TEMPLATE_TITLE_ROW, 1, TEMPLATE_TITLE_ROW, sheet.columns.length);
  worksheet.getRow(TEMPLATE_TITLE_ROW).height = TEMPLATE_TITLE_HEIGHT;

  sheet.columns.forEach((column, i) => {
    const cell = worksheet.getCell(TEMPLATE_HEADER_ROW, i + 1);
    cell.value = column.label;
    cell.style = templateStyle(model.styles.header);
  });
  worksheet.getRow(TEMPLATE_HEADER_ROW).height = TEMPLATE_CAPTION_HEIGHT;

  for (const entry of sheet.entries) {
    const note = worksheet.getCell(entry.row, sheet.noteColumn + 1);
    note.value = entry.description;
    note.style = templateStyle(model.styles.unitNote);
    const key = worksheet.getCell(entry.row, sheet.keyColumn + 1);
    key.value = entry.label;
    key.style = templateStyle(model.styles.unitKey);
    const cell = worksheet.getCell(entry.row, sheet.valueColumn + 1);
    cell.style = { ...templateStyle(model.styles.unitValue), numFmt: entry.numberFormat };
    const value = unitInfoValue(sheet, entry.key, values);
    if (!isBlankValue(value)) cell.value = toExcelValue(value, false);
    if (entry.validation) {
      addRangeValidation(
        worksheet,
        { column: sheet.valueColumn, firstRow: entry.row, lastRow: entry.row },
        toExcelValidation(entry.validation)
      );
    }
    worksheet.getRow(entry.row).height = entry.height;
  }

  freezeRows(worksheet, TEMPLATE_HEADER_ROW);
  applyPrintSetup(worksheet, sheet.print);
  return worksheet;
}
