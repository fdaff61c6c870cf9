import {
  TEMPLATE_HEADER_ROW,
  TEMPLATE_TITLE_ROW,
  unitInfoValue,
  type TemplateModel,
  type TemplateStyleName,
  type UnitInfoTemplateSheet,
} from "../../engine/template";
import { applyPrintSetup, PRINT_OPERATIONS } from "../sheet/pageLayout";
import { OPERATION_OVERHEAD, payloadSize, type RequestBudget } from "../sheet/requestBudget";
import { type GridCell, writeGridStyles, writeGridValues } from "../sheet/writeGrid";
import { writeDimensions, writeFreeze } from "../sheet/writeSheetModel";
import { applyValidation, VALIDATION_OPERATIONS } from "./dataValidation";
import { CAPTION_HEIGHT, TEMPLATE_PRINT, TEMPLATE_TEXT, TITLE_HEIGHT } from "./templateLayout";
import { cellAddress, columnLetter } from "../../engine";

type Cell = GridCell<TemplateStyleName>;

function unitInfoCells(sheet: UnitInfoTemplateSheet): Cell[] {
  const cells: Cell[] = sheet.columns.map((_, i) => ({
    row: TEMPLATE_TITLE_ROW,
    column: i,
    value: i === 0 ? sheet.title : "",
    style: "title",
  }));
  sheet.columns.forEach((column, i) =>
    cells.push({ row: TEMPLATE_HEADER_ROW, column: i, value: column.label, style: "header" })
  );
  for (const entry of sheet.entries) {
    const value = unitInfoValue(sheet, entry.key);
    cells.push(
      { row: entry.row, column: sheet.noteColumn, value: entry.description, style: "unitNote" },
      { row: entry.row, column: sheet.keyColumn, value: entry.label, style: "unitKey" },
      {
        row: entry.row,
        column: sheet.valueColumn,
        value: typeof value === "string" || typeof value === "number" ? value : "",
        style: "unitValue",
        numberFormat: entry.numberFormat,
      }
    );
  }
  return cells;
}

/** 单位信息, as src/xlsx/template/writeUnitInfoSheet.ts writes it, with the model's pre-filled values. */
export async function writeUnitInfoTemplate(
  worksheet: Excel.Worksheet,
  model: TemplateModel,
  sheet: UnitInfoTemplateSheet,
  budget: RequestBudget
): Promise<void> {
  const cells = unitInfoCells(sheet);
  await writeDimensions(
    worksheet,
    {
      columnWidths: sheet.columns.map((c) => c.width),
      rowHeights: [
        { row: TEMPLATE_TITLE_ROW, height: TITLE_HEIGHT },
        { row: TEMPLATE_HEADER_ROW, height: CAPTION_HEIGHT },
        ...sheet.entries.map((e) => ({ row: e.row, height: e.height })),
      ],
    },
    budget
  );
  await writeGridValues(worksheet, cells, budget);
  await budget.reserve(OPERATION_OVERHEAD);
  const lastLetter = columnLetter(sheet.columns.length - 1);
  worksheet.getRange(`A${TEMPLATE_TITLE_ROW}:${lastLetter}${TEMPLATE_TITLE_ROW}`).merge(false);
  await writeGridStyles(worksheet, cells, model.styles, budget, { style: TEMPLATE_TEXT });
  for (const entry of sheet.entries) {
    if (!entry.validation) continue;
    await budget.reserve(payloadSize(entry.validation), VALIDATION_OPERATIONS);
    applyValidation(
      worksheet.getRange(cellAddress(entry.row, sheet.valueColumn)),
      entry.validation
    );
  }
  await writeFreeze(worksheet, { rows: TEMPLATE_HEADER_ROW, columns: 0 }, budget);
  await budget.reserve(PRINT_OPERATIONS * OPERATION_OVERHEAD, PRINT_OPERATIONS);
  applyPrintSetup(worksheet, sheet.print, TEMPLATE_PRINT);
}
