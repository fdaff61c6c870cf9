import type { TemplateSheet } from "../../engine/template";
import { isIgnoredSheet, ledgerOfName } from "../../engine";
import { nameTaken } from "../../engine/workbook";

/**
 * Whether the workbook already has a template sheet: a sheet of that name (as Excel compares names),
 * or — for a ledger — a sheet the checker reads as that ledger by its name ("三会一课台账",
 * "2024年会议台账"). Inserting the standard sheet beside those would give the checker two
 * meeting ledgers to choose from, and the officer two places to type.
 */
export function templateSheetExists(sheet: TemplateSheet, names: readonly string[]): boolean {
  if (nameTaken(names, sheet.name)) return true;
  if (sheet.kind === "instructions") return false;
  return names.some((name) => !isIgnoredSheet(name) && ledgerOfName(name)?.ledger === sheet.ledger);
}
