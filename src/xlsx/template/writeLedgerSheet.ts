import type ExcelJS from "exceljs";
import {
  TEMPLATE_FIRST_DATA_ROW,
  TEMPLATE_FONT,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_TITLE_HEIGHT,
  TEMPLATE_TITLE_ROW,
  type LedgerTemplateSheet,
  type TemplateModel,
} from "../../engine/template";
import { templateStyle } from "./templateStyle";
import { isBlankValue, toExcelValue } from "./cellValue";
import { addRangeValidation, toExcelValidation } from "./dataValidation";
import { applyPrintSetup, freezeRows } from "./sheetSetup";
import type { CellValue } from "../../engine";

function writeExamples(
  worksheet: ExcelJS.Worksheet,
  model: TemplateModel,
  sheet: LedgerTemplateSheet
): void {
  const style = templateStyle(model.styles.example);
  sheet.examples.forEach((values, r) => {
    const row = TEMPLATE_FIRST_DATA_ROW + r;
    sheet.columns.forEach((column, c) => {
      const cell = worksheet.getCell(row, c + 1);
      const value = values[c];
      if (value !== undefined && !isBlankValue(value)) {
        cell.value = toExcelValue(value, column.kind === "date");
      }
      cell.style = { ...style, numFmt: column.numberFormat };
    });
    const marker = worksheet.getCell(row, sheet.columns.length + 1);
    marker.value = sheet.exampleMarker;
    marker.style = templateStyle(model.styles.exampleNote);
  });
}

/**
 * One ledger table: title merged over the columns, styled header row, frozen panes, and the data
 * area's formats and validations; then the data rows, if any, in schema column order.
 */
export function writeLedgerSheet(
  workbook: ExcelJS.Workbook,
  model: TemplateModel,
  sheet: LedgerTemplateSheet,
  rows: readonly CellValue[][] = []
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  // Column styles first: cells created later (typed in by the officer) take the column's format.
  sheet.columns.forEach((column, i) => {
    const excelColumn = worksheet.getColumn(i + 1);
    excelColumn.width = column.width;
    excelColumn.style = {
      numFmt: column.numberFormat,
      font: { name: TEMPLATE_FONT.name, size: TEMPLATE_FONT.size },
      alignment: { horizontal: column.horizontal, vertical: "middle" },
    };
  });

  const title = worksheet.getCell(TEMPLATE_TITLE_ROW, 1);
  title.value = sheet.title;
  title.style = templateStyle(model.styles.title);
  worksheet.mergeCells(TEMPLATE_TITLE_ROW, 1, TEMPLATE_TITLE_ROW, sheet.columns.length);
  worksheet.getRow(TEMPLATE_TITLE_ROW).height = TEMPLATE_TITLE_HEIGHT;

  sheet.columns.forEach((column, i) => {
    const cell = worksheet.getCell(TEMPLATE_HEADER_ROW, i + 1);
    cell.value = column.label;
    cell.style = templateStyle(column.required ? model.styles.headerRequired : model.styles.header);
    if (column.validation) {
      addRangeValidation(
        worksheet,
        { column: i, firstRow: TEMPLATE_FIRST_DATA_ROW, lastRow: sheet.lastFormattedRow },
        toExcelValidation(column.validation)
      );
    }
  });
  worksheet.getRow(TEMPLATE_HEADER_ROW).height = sheet.headerHeight;

  rows.forEach((values, r) => {
    sheet.columns.forEach((column, c) => {
      const value = values[c];
      if (value === undefined || isBlankValue(value)) return;
      const cell = worksheet.getCell(TEMPLATE_FIRST_DATA_ROW + r, c + 1);
      cell.value = toExcelValue(value, column.kind === "date");
      cell.numFmt = column.numberFormat;
    });
  });
  // A blank template shows how a record looks: grey example rows, marked right of the table.
  if (rows.length === 0) writeExamples(worksheet, model, sheet);

  freezeRows(worksheet, TEMPLATE_HEADER_ROW);
  applyPrintSetup(worksheet, sheet.print);
  return worksheet;
}
