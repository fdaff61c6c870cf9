import { cellAddress } from "../../engine";

/**
 * Groups cells that share a key (a style, a number format…) into few rectangles, so a writer sets
 * a format once per rectangle instead of once per cell. Rows are 1-based, columns 0-based, as in
 * the engine's models.
 */

export interface Rect {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export interface Positioned {
  row: number;
  column: number;
}

/** "A5" for one cell, "A5:Q9" for more. */
export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.firstRow, rect.firstColumn);
  const last = cellAddress(rect.lastRow, rect.lastColumn);
  return first === last ? first : `${first}:${last}`;
}

interface Run {
  key: string;
  row: number;
  firstColumn: number;
  lastColumn: number;
}

/** Runs of horizontally adjacent cells with the same key, row by row. */
function rowRuns<T extends Positioned>(cells: readonly T[], keyOf: (cell: T) => string): Run[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const cell of sorted) {
    const key = keyOf(cell);
    if (
      current &&
      current.key === key &&
      current.row === cell.row &&
      current.lastColumn + 1 === cell.column
    ) {
      current.lastColumn = cell.column;
      continue;
    }
    current = { key, row: cell.row, firstColumn: cell.column, lastColumn: cell.column };
    runs.push(current);
  }
  return runs;
}

/**
 * The cells of each key as rectangles: a run extends the rectangle above it when both span the
 * same columns and rows touch. Every cell lands in exactly one rectangle of its key.
 */
export function rectanglesByKey<T extends Positioned>(
  cells: readonly T[],
  keyOf: (cell: T) => string
): Map<string, Rect[]> {
  const result = new Map<string, Rect[]>();
  const open = new Map<string, Rect>();
  for (const run of rowRuns(cells, keyOf)) {
    const slot = `${run.key}\u0000${run.firstColumn}:${run.lastColumn}`;
    const above = open.get(slot);
    if (above && above.lastRow + 1 === run.row) {
      above.lastRow = run.row;
      continue;
    }
    const rect: Rect = {
      firstRow: run.row,
      lastRow: run.row,
      firstColumn: run.firstColumn,
      lastColumn: run.lastColumn,
    };
    open.set(slot, rect);
    const list = result.get(run.key) ?? [];
    list.push(rect);
    result.set(run.key, list);
  }
  return result;
}

/** Consecutive numbers with the same value as ranges ("rows 5–7 are 30 points high"). */
export function consecutiveGroups<V>(
  entries: readonly { index: number; value: V }[]
): { first: number; last: number; value: V }[] {
  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const groups: { first: number; last: number; value: V }[] = [];
  for (const { index, value } of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.last + 1 === index && last.value === value) last.last = index;
    else groups.push({ first: index, last: index, value });
  }
  return groups;
}
