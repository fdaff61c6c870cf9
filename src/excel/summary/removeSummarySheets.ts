import { loadInventory } from "../sheet/sheetInventory";
import { structureProtectedError, writeFailed } from "../sheet/writeErrors";
import { isSummaryMarker } from "../../engine/workbook";

const REMOVING = { "zh-CN": "删除汇总表", "en-US": "removing the summary sheet" };
const REMOVE_SUMMARY = { "zh-CN": "删除汇总表", "en-US": "remove the summary sheet" };

/**
 * Removes the summary sheets of ours (marker in Z1) for 清除标记; a user's 汇总表 stays. Returns
 * whether one was removed. A workbook that holds nothing visible but our summary (an exported
 * summary) keeps it: Excel cannot delete a workbook's last visible sheet, and the summary is then
 * the whole document rather than a mark on someone's ledgers.
 */
export async function removeSummarySheets(context: Excel.RequestContext): Promise<boolean> {
  const inventory = await loadInventory(context);
  const ours = inventory.sheets.filter((s) => isSummaryMarker(s.marker));
  if (ours.length === 0) return false;
  const visibleOthers = inventory.sheets.filter((s) => !isSummaryMarker(s.marker) && s.visible);
  if (visibleOthers.length === 0) return false;
  if (inventory.structureProtected) throw structureProtectedError(REMOVE_SUMMARY);
  try {
    for (const sheet of ours) context.workbook.worksheets.getItem(sheet.name).delete();
    await context.sync();
  } catch (error) {
    throw writeFailed(REMOVING, error);
  }
  return true;
}
