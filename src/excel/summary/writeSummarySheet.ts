import { RequestBudget } from "../sheet/requestBudget";
import { suspendScreenUpdating } from "../sheet/screenUpdating";
import { loadInventory } from "../sheet/sheetInventory";
import { temporaryName } from "../sheet/sheetNames";
import { structureProtectedError, writeFailed } from "../sheet/writeErrors";
import { TEXT_FORMAT } from "../sheet/writeGrid";
import { writeSheetModel } from "../sheet/writeSheetModel";
import {
  isSummaryMarker,
  SUMMARY_MARKER,
  type SheetModel,
  unusedName,
} from "../../engine/workbook";

const WRITING = { "zh-CN": "写入汇总表", "en-US": "writing the summary sheet" };
const ADD_SUMMARY = { "zh-CN": "添加汇总表", "en-US": "add the summary sheet" };

/** Queues the model's marker cell (Z1) as text, ahead of everything else on the sheet. */
function writeMarker(worksheet: Excel.Worksheet, model: SheetModel): void {
  const marker = model.cells.find(
    (c) => c.row === SUMMARY_MARKER.row && c.column === SUMMARY_MARKER.column
  );
  if (!marker || !isSummaryMarker(marker.value)) return;
  const cell = worksheet.getRange(SUMMARY_MARKER.address);
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[marker.value]];
}

/**
 * Writes the 汇总表. A sheet of ours (marker in Z1) is replaced at its position; a user's own sheet
 * of the model's name is never touched, ours then takes "汇总表（检查结果）"…; a new summary goes
 * first. The new sheet is added under a temporary name before ours is deleted, so a workbook holding
 * only our summary never loses its last sheet. Returns the name used.
 */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  model: SheetModel
): Promise<string> {
  const inventory = await loadInventory(context);
  if (inventory.structureProtected) throw structureProtectedError(ADD_SUMMARY);
  const ours = inventory.sheets.filter((s) => isSummaryMarker(s.marker));
  const others = inventory.sheets.filter((s) => !isSummaryMarker(s.marker)).map((s) => s.name);
  const name = unusedName(others, model.name);
  const position = ours.length > 0 ? Math.min(...ours.map((s) => s.position)) : 0;
  try {
    const budget = new RequestBudget(context, undefined, suspendScreenUpdating(context));
    await budget.reserve(0, ours.length + 3);
    const sheets = context.workbook.worksheets;
    const added = sheets.add(temporaryName(inventory.sheets.map((s) => s.name)));
    // The marker goes in with the new sheet, in its first request: a write cut short later (the
    // ribbon's runtime ended, Excel busy) leaves a sheet that is recognisably ours, which the next
    // check replaces and 清除标记 removes, never one that passes for the user's own.
    writeMarker(added, model);
    for (const sheet of ours) sheets.getItem(sheet.name).delete();
    added.name = name;
    added.position = position;
    if (ours.some((s) => s.name === inventory.activeSheet)) added.activate();
    await writeSheetModel(added, model, budget);
    await budget.flush();
  } catch (error) {
    throw writeFailed(WRITING, error);
  }
  return name;
}
