import { columnIndex, columnLetter } from "../../src/engine";

/**
 * A1 addresses for the fake Excel: the forms Office.js accepts in getRange / getRanges / notes
 * ("B3", "A5:F9", "5:9", "C:D", "Sheet!A1", "'两 个'!A1:B2"), turned into 1-based rectangles.
 */

/** 1-based, both ends included. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

/** An address the fake cannot read, reported as Excel's InvalidArgument by the caller. */
export class BadAddressError extends Error {}

/** Drops a sheet prefix: "'a!b'!A1" → "A1". */
function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

function parseEnd(text: string): { row?: number; column?: number } {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!match || (match[1] === "" && match[2] === "")) throw new BadAddressError(text);
  const column = match[1] ? columnIndex(match[1]) : undefined;
  const row = match[2] ? Number(match[2]) : undefined;
  if (column !== undefined && column >= MAX_COLUMNS) throw new BadAddressError(text);
  if (row !== undefined && (row < 1 || row > MAX_ROWS)) throw new BadAddressError(text);
  return { row, column: column === undefined ? undefined : column + 1 };
}

/** One area ("A5:F9", "5:9", "C:D", "B3") as a rectangle. */
export function parseArea(address: string): Rect {
  const [from = "", to = from, extra] = withoutSheet(address).split(":");
  if (extra !== undefined) throw new BadAddressError(address);
  const a = parseEnd(from);
  const b = parseEnd(to);
  const rowsOnly = a.column === undefined && b.column === undefined;
  const columnsOnly = a.row === undefined && b.row === undefined;
  if (!rowsOnly && !columnsOnly && (a.row === undefined || b.row === undefined)) {
    throw new BadAddressError(address);
  }
  if (rowsOnly && (a.row === undefined || b.row === undefined)) throw new BadAddressError(address);
  const top = Math.min(a.row ?? 1, b.row ?? 1);
  const bottom = columnsOnly ? MAX_ROWS : Math.max(a.row ?? 1, b.row ?? 1);
  const left = rowsOnly ? 1 : Math.min(a.column ?? 1, b.column ?? 1);
  const right = rowsOnly ? MAX_COLUMNS : Math.max(a.column ?? 1, b.column ?? 1);
  return { top, left, bottom, right };
}

/**
 * Comma-separated areas, each possibly with a sheet prefix. Quoted sheet names may hold commas, so
 * the split skips commas inside quotes.
 */
export function parseAreas(address: string): Rect[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  if (parts.some((p) => p.trim() === "")) throw new BadAddressError(address);
  return parts.map(parseArea);
}

/** "A5:F9", "B3" for a single cell or "5:9" for whole rows, as Excel writes addresses (no $ signs). */
export function formatArea(rect: Rect): string {
  if (rect.left === 1 && rect.right === MAX_COLUMNS) return `${rect.top}:${rect.bottom}`;
  const first = `${columnLetter(rect.left - 1)}${rect.top}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${columnLetter(rect.right - 1)}${rect.bottom}`;
}

/** Sheet names that are not plain letters, digits and underscores are quoted, as Excel does. */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

export const cellCount = (rect: Rect): number =>
  (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
