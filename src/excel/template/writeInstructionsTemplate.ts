import { columnLetter } from "../../engine/cell/address";
import type {
  InstructionRowType,
  InstructionsSheet,
  TemplateModel,
  TemplateStyleName,
} from "../../engine/template";
import { applyPrintSetup, PRINT_OPERATIONS } from "../summary/pageLayout";
import { OPERATION_OVERHEAD, type RequestBudget } from "../summary/requestBudget";
import { type GridCell, writeGridStyles, writeGridValues } from "../summary/writeGrid";
import { writeDimensions } from "../summary/writeSheetModel";
import { TEMPLATE_PRINT, TEMPLATE_TEXT } from "./templateLayout";

const ROW_STYLES: Record<InstructionRowType, TemplateStyleName> = {
  title: "docTitle",
  heading: "docHeading",
  paragraph: "docParagraph",
  "table-header": "docTableHeader",
  "table-row": "docTableCell",
};

const isTable = (type: InstructionRowType): boolean =>
  type === "table-header" || type === "table-row";

function instructionCells(sheet: InstructionsSheet): GridCell<TemplateStyleName>[] {
  const width = sheet.columnWidths.length;
  return sheet.rows.flatMap((row) => {
    const style = ROW_STYLES[row.type];
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
