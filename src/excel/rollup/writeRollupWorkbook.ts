import { toBase64 } from "../export/base64";
import { buildModelWorkbook } from "../export/buildModelWorkbook";
import { RequestBudget } from "../sheet/requestBudget";
import { loadInventory } from "../sheet/sheetInventory";
import { temporaryName } from "../sheet/sheetNames";
import { structureProtectedError, writeFailed } from "../sheet/writeErrors";
import { writeSheetModel } from "../sheet/writeSheetModel";
import { suspendScreenUpdating } from "../sheet/screenUpdating";
import { HostError } from "../hostErrors";
import { type SheetModel, unusedName } from "../../engine/workbook";

/** The roll-up's sheets carry this mark in Z1 (engine/rollup's ROLLUP_MARKER). */
const isRollupMarker = (value: unknown): boolean =>
  typeof value === "string" && value.startsWith("party-ledger-check:rollup:");

const WRITING = { "zh-CN": "写入汇总结果", "en-US": "writing the roll-up" };
const ADD_ROLLUP = { "zh-CN": "添加汇总结果工作表", "en-US": "add the roll-up sheets" };

/**
 * The roll-up's sheets in the open workbook: an earlier roll-up of ours (marked in Z1) is replaced,
 * a user's sheet of the same name is never touched (ours then takes another name). New sheets go
 * after the workbook's own. Returns the names used, in model order.
 */
export async function writeRollupSheets(
  context: Excel.RequestContext,
  models: readonly SheetModel[]
): Promise<string[]> {
  const inventory = await loadInventory(context);
  if (inventory.structureProtected) throw structureProtectedError(ADD_ROLLUP);
  const ours = inventory.sheets.filter((s) => isRollupMarker(s.marker));
  const taken = inventory.sheets.filter((s) => !isRollupMarker(s.marker)).map((s) => s.name);
  const everything = inventory.sheets.map((s) => s.name);
  const names: string[] = [];
  try {
    const budget = new RequestBudget(context, undefined, suspendScreenUpdating(context));
    await budget.reserve(0, ours.length + 2 * models.length);
    const sheets = context.workbook.worksheets;
    // Added under temporary names first, so the workbook never has to lose its last sheet.
    const added = models.map((model) => {
      const temporary = temporaryName(everything);
      everything.push(temporary);
      return { model, sheet: sheets.add(temporary) };
    });
    for (const sheet of ours) sheets.getItem(sheet.name).delete();
    for (const { model, sheet } of added) {
      const name = unusedName([...taken, ...names], model.name);
      names.push(name);
      sheet.name = name;
    }
    for (const { model, sheet } of added) await writeSheetModel(sheet, model, budget);
    await budget.flush();
  } catch (error) {
    throw writeFailed(WRITING, error);
  }
  return names;
}

export interface RollupWritten {
  /** Where the roll-up went: a new workbook opened in Excel, or new sheets in this one. */
  where: "new-workbook" | "this-workbook";
  sheets: string[];
}

/**
 * Decision: the roll-up goes into a new workbook (an .xlsx built with ExcelJS, opened by `open`,
 * i.e. Excel.createWorkbook), so the receiving officer's own workbook stays as it was. Where a new
 * workbook cannot be opened, it is written into this workbook instead (`writeHere`, i.e.
 * writeRollupSheets) — the officer still gets it in Excel, not as a download to find and open.
 */
export async function writeRollupWorkbook(
  models: readonly SheetModel[],
  open: (base64: string) => Promise<void>,
  writeHere: (models: readonly SheetModel[]) => Promise<string[]>
): Promise<RollupWritten> {
  if (models.length === 0) return { where: "this-workbook", sheets: [] };
  let base64: string | null = null;
  try {
    base64 = toBase64(await buildModelWorkbook(models));
  } catch {
    // Building the file failed (ExcelJS could not load): the sheets can still go into this workbook.
    base64 = null;
  }
  if (base64 !== null) {
    try {
      await open(base64);
      return { where: "new-workbook", sheets: models.map((m) => m.name) };
    } catch {
      // createWorkbook is refused on some hosts; fall through to this workbook.
    }
  }
  try {
    return { where: "this-workbook", sheets: await writeHere(models) };
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw writeFailed(WRITING, error);
  }
}
