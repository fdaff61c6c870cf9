import { parseCellAddress } from "../cell/address";
import type { CellValue } from "../cell/types";
import { type Grid, gridWidth } from "./grid";
import type { SheetOrigin } from "./sheetOrigin";

/** A merged area in grid coordinates (0-based, both ends included). */
interface GridArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Gives every cell of each merged area the value of the area's top-left cell, as a person reading
 * the sheet sees it (a 支部 cell merged down over that branch's rows names the branch on each
 * row). Excel's `Range.values` only holds the value in the top-left cell.
 *
 * The input is never mutated: rows are copied only when a merge writes into them, so a large sheet
 * with few merges costs one array of row references. Merges that are malformed, whose top-left cell
 * lies outside the grid, or whose top-left cell is blank are ignored; areas reaching past the grid
 * are cut at its edge.
 */
export function applyMerges(
  values: Grid,
  merges: readonly string[] | undefined,
  origin: SheetOrigin
): Grid {
  if (!Array.isArray(merges) || merges.length === 0 || values.length === 0) return values;
  const result: (readonly CellValue[] | undefined)[] = values.slice();
  const width = gridWidth(values);
  const copies = new Map<number, CellValue[]>();
  for (const merge of merges) {
    const area = typeof merge === "string" ? gridArea(merge, origin) : undefined;
    if (!area || area.top >= values.length || area.left >= width) continue;
    const value = values[area.top]?.[area.left];
    if (value === undefined || value === "") continue;
    const bottom = Math.min(area.bottom, values.length - 1);
    const right = Math.min(area.right, width - 1);
    for (let r = area.top; r <= bottom; r++) {
      let row = copies.get(r);
      if (!row) {
        const original = values[r];
        row = Array.isArray(original) ? original.slice() : [];
        copies.set(r, row);
        result[r] = row;
      }
      while (row.length < area.left) row.push("");
      for (let c = area.left; c <= right; c++) row[c] = value;
    }
  }
  return result;
}

/** "A3:B7", "$A$3:$B$7", "Sheet1!A3:B7" or a single cell → grid area; undefined when unreadable. */
function gridArea(address: string, origin: SheetOrigin): GridArea | undefined {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = local.split(":");
  if (parts.length > 2) return undefined;
  const first = parseCellAddress(parts[0] ?? "");
  const last = parts.length === 2 ? parseCellAddress(parts[1] ?? "") : first;
  if (!first || !last) return undefined;
  const top = Math.min(first.row, last.row) - origin.row;
  const bottom = Math.max(first.row, last.row) - origin.row;
  const left = Math.min(first.column, last.column) - origin.column;
  const right = Math.max(first.column, last.column) - origin.column;
  if (top < 0 || left < 0) return undefined;
  return { top, left, bottom, right };
}
