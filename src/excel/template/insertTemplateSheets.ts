import type { TemplateModel, TemplateSheet } from "../../engine/template";
import { RequestBudget } from "../sheet/requestBudget";
import { loadInventory } from "../sheet/sheetInventory";
import { structureProtectedError, writeFailed } from "../sheet/writeErrors";
import { suspendScreenUpdating } from "../sheet/screenUpdating";
import { existingBranchList, withBranchList } from "./branchList";
import { templateSheetExists } from "./existingSheets";
import { writeInstructionsTemplate } from "./writeInstructionsTemplate";
import { writeLedgerTemplate } from "./writeLedgerTemplate";
import { writeUnitInfoTemplate } from "./writeUnitInfoTemplate";

const INSERTING = { "zh-CN": "插入标准模板", "en-US": "inserting the standard sheets" };
const INSERT = { "zh-CN": "插入标准模板", "en-US": "insert the standard sheets" };

async function writeTemplateSheet(
  worksheet: Excel.Worksheet,
  model: TemplateModel,
  sheet: TemplateSheet,
  budget: RequestBudget
): Promise<void> {
  switch (sheet.kind) {
    case "instructions":
      return writeInstructionsTemplate(worksheet, model, sheet, budget);
    case "unitInfo":
      return writeUnitInfoTemplate(worksheet, model, sheet, budget);
    case "ledger":
      return writeLedgerTemplate(worksheet, model, sheet, budget);
  }
}

/**
 * 插入标准模板: adds the template's sheets the workbook lacks, after its own sheets and in template
 * order, formatted as the command line's template. An existing sheet of a standard name (or one the
 * checker reads as that ledger) is left exactly as it is and reported in `existing`; when that is
 * the branch sheet, the inserted sheets' 支部 drop-downs read it (branchList.ts).
 */
export async function insertTemplateSheets(
  context: Excel.RequestContext,
  model: TemplateModel
): Promise<{ inserted: string[]; existing: string[] }> {
  const inventory = await loadInventory(context);
  const names = inventory.sheets.map((s) => s.name);
  const missing = model.sheets.filter((s) => !templateSheetExists(s, names));
  const existing = model.sheets.filter((s) => !missing.includes(s)).map((s) => s.name);
  if (missing.length === 0) return { inserted: [], existing };
  if (inventory.structureProtected) throw structureProtectedError(INSERT);
  try {
    // The 支部 drop-downs must read the branch sheet that is there when it is not inserted now.
    const insertsBranches = missing.some((s) => s.kind === "ledger" && s.ledger === "branches");
    const branchList = insertsBranches ? null : await existingBranchList(context, names);
    const written = branchList ? withBranchList(model, branchList) : model;
    const budget = new RequestBudget(context, undefined, suspendScreenUpdating(context));
    for (const sheet of missing) {
      await budget.reserve(0);
      const worksheet = context.workbook.worksheets.add(sheet.name);
      const writtenSheet = written.sheets[model.sheets.indexOf(sheet)] ?? sheet;
      await writeTemplateSheet(worksheet, written, writtenSheet, budget);
    }
    await budget.flush();
  } catch (error) {
    throw writeFailed(INSERTING, error);
  }
  return { inserted: missing.map((s) => s.name), existing };
}
