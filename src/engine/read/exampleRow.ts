import type { CellValue } from "../cell/types";

/**
 * Whether a row is one of the template's examples: a cell of it starts with 【示例】 (written right of
 * the table, engine/template/examples.ts). Such a row shows how to fill the ledger; it is no record.
 * Only a deliberate marker counts — a branch or topic that merely contains 示例 is the unit's own.
 */
export function isExampleRow(row: readonly CellValue[]): boolean {
  for (const value of row) {
    // Called for every row of every ledger: one character compared per text cell.
    if (typeof value === "string" && value.charCodeAt(0) === OPEN && value.startsWith(PREFIX)) {
      return true;
    }
  }
  return false;
}

const PREFIX = "【示例】";
const OPEN = PREFIX.charCodeAt(0);
