import { columnWidthPoints, MAX_ROW_HEIGHT } from "./cellFormat";
import { applyPrintSetup, PRINT_OPERATIONS } from "./pageLayout";
import { consecutiveGroups, rectAddress } from "./rectangles";
import { OPERATION_OVERHEAD, payloadSize, type RequestBudget } from "./requestBudget";
import { writeGridStyles, writeGridValues } from "./writeGrid";
import { cellAddress, columnLetter } from "../../engine";
import type { SheetModel } from "../../engine/workbook";

/**
 * Writes a sheet model (the 汇总表, its 问题清单, a roll-up sheet) into an empty worksheet with
 * Office.js: the same values, styles, merges, widths, frozen panes, print setup, AutoFilter and
 * links the ExcelJS adapter writes (src/xlsx/write/sheetModel.ts). Work is queued in rectangles and synced by the budget.
 */

export function columnsAddress(first: number, last: number): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

async function writeMerges(
  worksheet: Excel.Worksheet,
  model: SheetModel,
  budget: RequestBudget
): Promise<void> {
  for (const merge of model.merges) {
    await budget.reserve(payloadSize(merge.address));
    worksheet.getRange(merge.address).merge(false);
  }
}

/** Internal links to ledger rows as real hyperlinks (ExcelApi 1.7), showing the model's value. */
async function writeLinks(
  worksheet: Excel.Worksheet,
  model: SheetModel,
  budget: RequestBudget
): Promise<void> {
  for (const cell of model.cells) {
    if (!cell.link) continue;
    const hyperlink: Excel.RangeHyperlink = {
      documentReference: cell.link.address,
      textToDisplay: String(cell.value),
    };
    await budget.reserve(payloadSize(hyperlink));
    worksheet.getRange(cellAddress(cell.row, cell.column)).hyperlink = hyperlink;
  }
}

/** Column widths (in points), hidden columns and row heights, each for runs of equal neighbours. */
export async function writeDimensions(
  worksheet: Excel.Worksheet,
  layout: {
    columnWidths: readonly number[];
    hiddenColumns?: readonly number[];
    rowHeights: readonly { row: number; height: number }[];
  },
  budget: RequestBudget
): Promise<void> {
  const widths = layout.columnWidths.map((value, index) => ({ index, value }));
  for (const group of consecutiveGroups(widths)) {
    await budget.reserve(OPERATION_OVERHEAD);
    worksheet.getRange(columnsAddress(group.first, group.last)).format.columnWidth =
      columnWidthPoints(group.value);
  }
  const hidden = (layout.hiddenColumns ?? []).map((index) => ({ index, value: true }));
  for (const group of consecutiveGroups(hidden)) {
    await budget.reserve(OPERATION_OVERHEAD);
    worksheet.getRange(columnsAddress(group.first, group.last)).columnHidden = true;
  }
  const heights = layout.rowHeights.map(({ row, height }) => ({
    index: row,
    value: Math.min(height, MAX_ROW_HEIGHT),
  }));
  for (const group of consecutiveGroups(heights)) {
    await budget.reserve(OPERATION_OVERHEAD);
    worksheet.getRange(`${group.first}:${group.last}`).format.rowHeight = group.value;
  }
}

/** Rows and columns frozen at the top and left. */
export async function writeFreeze(
  worksheet: Excel.Worksheet,
  freeze: { rows: number; columns: number },
  budget: RequestBudget
): Promise<void> {
  const { rows, columns } = freeze;
  if (rows <= 0 && columns <= 0) return;
  await budget.reserve(OPERATION_OVERHEAD);
  if (rows > 0 && columns > 0) {
    worksheet.freezePanes.freezeAt(
      rectAddress({ firstRow: 1, lastRow: rows, firstColumn: 0, lastColumn: columns - 1 })
    );
  } else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
  else worksheet.freezePanes.freezeColumns(columns);
}

/**
 * Queues the whole model. Order matters: values (with text formats) before merges, so no merged
 * cell ever holds a value of its own; links before styles, so Excel's link style gives way to ours.
 * The caller flushes the budget.
 */
export async function writeSheetModel(
  worksheet: Excel.Worksheet,
  model: SheetModel,
  budget: RequestBudget
): Promise<void> {
  await writeGridValues(worksheet, model.cells, budget);
  await writeMerges(worksheet, model, budget);
  await writeLinks(worksheet, model, budget);
  await writeGridStyles(worksheet, model.cells, model.styles, budget, {
    noWrapColumns: model.hiddenColumns,
  });
  await writeDimensions(worksheet, model, budget);
  await writeFreeze(worksheet, model.freeze, budget);
  await budget.reserve(PRINT_OPERATIONS * OPERATION_OVERHEAD, PRINT_OPERATIONS);
  applyPrintSetup(worksheet, model.print, { printArea: true });
  if (model.fitRows) {
    // Excel measures the text itself (RangeFormat.autofitRows, ExcelApi 1.2): closer than the
    // model's estimate, which stays for the .xlsx writers. Nothing is merged in these rows.
    await budget.reserve(OPERATION_OVERHEAD);
    worksheet.getRange(model.fitRows).format.autofitRows();
  }
  if (model.autoFilter) {
    // Worksheet.autoFilter (ExcelApi 1.9, the manifest's minimum): the 问题清单's filter buttons.
    await budget.reserve(payloadSize(model.autoFilter));
    worksheet.autoFilter.apply(model.autoFilter);
  }
}
