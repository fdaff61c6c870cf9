import {
  INSTRUCTION_ROW_STYLES,
  type InstructionRowType,
  type InstructionsSheet,
  type TemplateModel,
  type TemplateStyleName,
} from "../../engine/template";
import { applyPrintSetup, PRINT_OPERATIONS } from "../sheet/pageLayout";
import { OPERATION_OVERHEAD, type RequestBudget } from "../sheet/requestBudget";
import { type GridCell, writeGridStyles, writeGridValues } from "../sheet/writeGrid";
import { writeDimensions } from "../sheet/writeSheetModel";
import { TEMPLATE_PRINT, TEMPLATE_TEXT } from "./templateLayout";
import { columnLetter } from "../../engine";

const isTable = (type: InstructionRowType): boolean =>
  type === "table-header" || type === "table-row";

function instructionCells(sheet: InstructionsSheet): GridCell<TemplateStyleName>[] {
  const width = sheet.columnWidths.length;
  return sheet.rows.flatMap((row) => {
    const style = INSTRUCTION_ROW_STYLES[row.type];
    if (isTable(row.type)) {
      return row.cells.map((text, i) => ({
        row: row.row,
        column: i,
        value: text,
        style: (i === 0 ? row.firstCellStyle : undefined) ?? style,
      }));
    }
    // Titles, headings and paragraphs span the sheet: the text on the first cell, the rest styled alike.
    return Array.from({ length: width }, (_, i) => ({
      row: row.row,
      column: i,
      value: i === 0 ? (row.cells[0] ?? "") : "",
      style,
    }));
  });
}

/** 填表说明, as src/xlsx/template/writeInstructionsSheet.ts writes it. */
export async function writeInstructionsTemplate(
  worksheet: Excel.Worksheet,
  model: TemplateModel,
  sheet: InstructionsSheet,
  budget: RequestBudget
): Promise<void> {
  const cells = instructionCells(sheet);
  await writeDimensions(
    worksheet,
    {
      columnWidths: sheet.columnWidths,
      rowHeights: sheet.rows.map((r) => ({ row: r.row, height: r.height })),
    },
    budget
  );
  await writeGridValues(worksheet, cells, budget);
  const lastLetter = columnLetter(sheet.columnWidths.length - 1);
  for (const row of sheet.rows) {
    if (isTable(row.type)) continue;
    await budget.reserve(OPERATION_OVERHEAD);
    worksheet.getRange(`A${row.row}:${lastLetter}${row.row}`).merge(false);
  }
  await writeGridStyles(worksheet, cells, model.styles, budget, { style: TEMPLATE_TEXT });
  await budget.reserve(PRINT_OPERATIONS * OPERATION_OVERHEAD, PRINT_OPERATIONS);
  applyPrintSetup(worksheet, sheet.print, TEMPLATE_PRINT);
}
