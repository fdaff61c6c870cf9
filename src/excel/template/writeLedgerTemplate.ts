import {
  TEMPLATE_FIRST_DATA_ROW,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_TITLE_ROW,
  type LedgerTemplateSheet,
  type TemplateModel,
  type TemplateStyleName,
} from "../../engine/template";
import { applyPrintSetup, PRINT_OPERATIONS } from "../sheet/pageLayout";
import { consecutiveGroups } from "../sheet/rectangles";
import { OPERATION_OVERHEAD, payloadSize, type RequestBudget } from "../sheet/requestBudget";
import { type GridCell, writeGridStyles, writeGridValues } from "../sheet/writeGrid";
import { writeDimensions, writeFreeze } from "../sheet/writeSheetModel";
import { applyValidation, VALIDATION_OPERATIONS } from "./dataValidation";
import { TEMPLATE_PRINT, TEMPLATE_TEXT, TITLE_HEIGHT } from "./templateLayout";
import { columnLetter } from "../../engine";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/**
 * The grey example rows of a blank table, with the marker right of it (as the ExcelJS template
 * writes them); dates and numbers keep their column's format.
 */
function exampleCells(sheet: LedgerTemplateSheet): GridCell<TemplateStyleName>[] {
  return sheet.examples.flatMap((values, r) => {
    const row = TEMPLATE_FIRST_DATA_ROW + r;
    const cells = sheet.columns.map((column, c): GridCell<TemplateStyleName> => {
      const value = values[c];
      return {
        row,
        column: c,
        value: typeof value === "number" || typeof value === "string" ? value : "",
        style: "example",
        numberFormat: column.numberFormat,
      };
    });
    cells.push({
      row,
      column: sheet.columns.length,
      value: sheet.exampleMarker,
      style: "exampleNote",
    });
    return cells;
  });
}

/** Title (merged over the columns) and the header row, as styled cells. */
function headingCells(sheet: LedgerTemplateSheet): GridCell<TemplateStyleName>[] {
  const title = sheet.columns.map((_, i): GridCell<TemplateStyleName> => ({
    row: TEMPLATE_TITLE_ROW,
    column: i,
    value: i === 0 ? sheet.title : "",
    style: "title",
  }));
  const header = sheet.columns.map((column, i): GridCell<TemplateStyleName> => ({
    row: TEMPLATE_HEADER_ROW,
    column: i,
    value: column.label,
    style: column.required ? "headerRequired" : "header",
  }));
  return [...title, ...header];
}

/**
 * The data rows' number formats, font and alignment (what the ExcelJS template sets as column
 * styles), down to the last formatted row, so what the officer types is read the right way.
 */
async function writeDataArea(
  worksheet: Excel.Worksheet,
  sheet: LedgerTemplateSheet,
  budget: RequestBudget
): Promise<void> {
  const last = sheet.lastFormattedRow;
  const lastLetter = columnLetter(sheet.columns.length - 1);
  const area = `A${TEMPLATE_FIRST_DATA_ROW}:${lastLetter}${last}`;
  const formats = Array.from({ length: last - TEMPLATE_FIRST_DATA_ROW + 1 }, () =>
    sheet.columns.map((c) => c.numberFormat)
  );
  await budget.reserve(payloadSize(formats) + 3 * OPERATION_OVERHEAD, 4);
  const range = worksheet.getRange(area);
  range.numberFormat = formats;
  range.format.font.name = TEMPLATE_TEXT.fontName ?? "";
  range.format.font.size = TEMPLATE_TEXT.defaultSize ?? 11;
  range.format.verticalAlignment = "Center";
  const alignments = sheet.columns.map((c, index) => ({ index, value: c.horizontal }));
  for (const group of consecutiveGroups(alignments)) {
    await budget.reserve(OPERATION_OVERHEAD);
    worksheet.getRange(
      `${columnLetter(group.first)}${TEMPLATE_FIRST_DATA_ROW}:${columnLetter(group.last)}${last}`
    ).format.horizontalAlignment = HORIZONTAL[group.value];
  }
}

async function writeValidations(
  worksheet: Excel.Worksheet,
  sheet: LedgerTemplateSheet,
  budget: RequestBudget
): Promise<void> {
  for (const [i, column] of sheet.columns.entries()) {
    if (!column.validation) continue;
    await budget.reserve(payloadSize(column.validation), VALIDATION_OPERATIONS);
    const letter = columnLetter(i);
    applyValidation(
      worksheet.getRange(`${letter}${TEMPLATE_FIRST_DATA_ROW}:${letter}${sheet.lastFormattedRow}`),
      column.validation
    );
  }
}

/** One ledger table, as src/xlsx/template/writeLedgerSheet.ts writes it (without data rows). */
export async function writeLedgerTemplate(
  worksheet: Excel.Worksheet,
  model: TemplateModel,
  sheet: LedgerTemplateSheet,
  budget: RequestBudget
): Promise<void> {
  const cells = [...headingCells(sheet), ...exampleCells(sheet)];
  await writeDimensions(
    worksheet,
    {
      columnWidths: sheet.columns.map((c) => c.width),
      rowHeights: [
        { row: TEMPLATE_TITLE_ROW, height: TITLE_HEIGHT },
        { row: TEMPLATE_HEADER_ROW, height: sheet.headerHeight },
      ],
    },
    budget
  );
  await writeDataArea(worksheet, sheet, budget);
  await writeGridValues(worksheet, cells, budget);
  await budget.reserve(OPERATION_OVERHEAD);
  const lastLetter = columnLetter(sheet.columns.length - 1);
  worksheet.getRange(`A${TEMPLATE_TITLE_ROW}:${lastLetter}${TEMPLATE_TITLE_ROW}`).merge(false);
  await writeGridStyles(worksheet, cells, model.styles, budget, { style: TEMPLATE_TEXT });
  await writeValidations(worksheet, sheet, budget);
  await writeFreeze(worksheet, { rows: TEMPLATE_HEADER_ROW, columns: 0 }, budget);
  await budget.reserve(PRINT_OPERATIONS * OPERATION_OVERHEAD, PRINT_OPERATIONS);
  applyPrintSetup(worksheet, sheet.print, TEMPLATE_PRINT);
}
