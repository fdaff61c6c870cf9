import { parseCellAddress } from "../../engine";
import type { MarkKind } from "../../engine/workbook";

/**
 * How many rows (row marks) or cells (unreadable-cell marks) the areas of one of our formats cover,
 * counted as the .xlsx adapter counts them, for clearMarks' report.
 */
export function coverage(areas: readonly string[], kind: MarkKind | "other"): number {
  let total = 0;
  for (const area of areas) {
    const [from = "", to = from] = area.split(":");
    const wholeRows = /^(\d+)$/.exec(from) && /^(\d+)$/.exec(to);
    if (wholeRows) {
      total += Math.abs(Number(to) - Number(from)) + 1;
      continue;
    }
    const a = parseCellAddress(from);
    const b = parseCellAddress(to);
    if (!a || !b) continue;
    const rows = Math.abs(b.row - a.row) + 1;
    total += kind === "unreadable" ? rows * (Math.abs(b.column - a.column) + 1) : rows;
  }
  return total;
}
