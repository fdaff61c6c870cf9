import { nameTaken } from "../../engine/workbook";

/**
 * A name for a sheet that exists only within one batch (it is renamed before the sync ends):
 * it lets a new summary be added before the old one is deleted, so the workbook never has to lose
 * its last sheet. (How Excel compares names, and the name our sheet takes beside a user's own, are
 * the engine's: src/engine/workbook/sheetNames.ts.)
 */
export function temporaryName(names: readonly string[]): string {
  for (let n = 1; ; n++) {
    const candidate = `plc-tmp-${n}`;
    if (!nameTaken(names, candidate)) return candidate;
  }
}
