import { cellAddress, parseCellAddress } from "../../engine";

/** A merged area in sheet coordinates: 1-based rows and columns, both ends included. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A3:B7" (also "$A$3:$B$7"); undefined for anything else, single cells included. */
export function parseMergeRange(range: string): MergeArea | undefined {
  const parts = range.split(":");
  if (parts.length !== 2) return undefined;
  const first = parseCellAddress(parts[0] ?? "");
  const last = parseCellAddress(parts[1] ?? "");
  if (!first || !last) return undefined;
  const area = {
    top: Math.min(first.row, last.row),
    left: Math.min(first.column, last.column) + 1,
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.column, last.column) + 1,
  };
  return isSingleCell(area) ? undefined : area;
}

export const isSingleCell = (area: MergeArea): boolean =>
  area.top === area.bottom && area.left === area.right;

export const mergeRange = (area: MergeArea): string =>
  `${cellAddress(area.top, area.left - 1)}:${cellAddress(area.bottom, area.right - 1)}`;

export const overlaps = (a: MergeArea, b: MergeArea): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
