import { RequestBudget } from "../sheet/requestBudget";
import { suspendScreenUpdating } from "../sheet/screenUpdating";
import { loadInventory } from "../sheet/sheetInventory";
import { temporaryName } from "../sheet/sheetNames";
import { structureProtectedError, writeFailed } from "../sheet/writeErrors";
import { TEXT_FORMAT } from "../sheet/writeGrid";
import { writeSheetModel } from "../sheet/writeSheetModel";
import {
  isSummaryDataMarker,
  isSummaryMarker,
  modelSheets,
  renameSheetLinks,
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
 * Writes the 汇总表 and its attachments (the 问题清单), in that order. Sheets of ours (marker in Z1)
 * are replaced at their position; a user's own sheet of a model's name is never touched, ours then
 * takes "汇总表（检查结果）"… and links to it follow; new summaries go first. The new sheets are added
 * under temporary names before ours are deleted, so a workbook holding only our summary never
 * loses its last sheet. Returns the name the 汇总表 was written under.
 */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  model: SheetModel
): Promise<string> {
  const inventory = await loadInventory(context);
  if (inventory.structureProtected) throw structureProtectedError(ADD_SUMMARY);
  const ours = inventory.sheets.filter((s) => isSummaryMarker(s.marker));
  const others = inventory.sheets.filter((s) => !isSummaryMarker(s.marker)).map((s) => s.name);
  const renames = new Map<string, string>();
  for (const sheet of modelSheets(model)) {
    const name = unusedName(others, sheet.name);
    others.push(name);
    renames.set(sheet.name, name);
  }
  const models = renameSheetLinks(modelSheets(model), renames);
  // Ours go where the 汇总表 stood (counted once ours are gone), else first.
  const anchor = ours.find((s) => isSummaryDataMarker(s.marker)) ?? ours[0];
  const position = anchor
    ? anchor.position - ours.filter((s) => s.position < anchor.position).length
    : 0;
  try {
    const budget = new RequestBudget(context, undefined, suspendScreenUpdating(context));
    await budget.reserve(0, ours.length + 4 * models.length);
    const sheets = context.workbook.worksheets;
    const taken = inventory.sheets.map((s) => s.name);
    const added = models.map((sheet) => {
      const temporary = temporaryName(taken);
      taken.push(temporary);
      const worksheet = sheets.add(temporary);
      // The marker goes in with the new sheet, in its first request: a write cut short later (the
      // ribbon's runtime ended, Excel busy) leaves a sheet that is recognisably ours, which the
      // next check replaces and 清除标记 removes, never one that passes for the user's own.
      writeMarker(worksheet, sheet);
      return worksheet;
    });
    for (const sheet of ours) sheets.getItem(sheet.name).delete();
    added.forEach((worksheet, i) => {
      worksheet.name = models[i]?.name ?? worksheet.name;
      worksheet.position = position + i;
    });
    if (ours.some((s) => s.name === inventory.activeSheet)) added[0]?.activate();
    for (const [i, worksheet] of added.entries()) {
      const sheet = models[i];
      if (sheet) await writeSheetModel(worksheet, sheet, budget);
    }
    await budget.flush();
  } catch (error) {
    throw writeFailed(WRITING, error);
  }
  return models[0]?.name ?? model.name;
}
