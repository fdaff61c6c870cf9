import type { CellValue } from "../../engine";

/**
 * One value of Range.values as the engine takes it. Excel gives strings, numbers and booleans, ""
 * for an empty cell; anything else (null from an older host, an unexpected object) reads as empty
 * or as its text, so odd input never stops a check.
 */
export function toCellValue(value: unknown): CellValue {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (value === null || value === undefined) return "";
  return String(value);
}

/** A block of Range.values as engine rows; a non-array (never expected) gives no rows. */
export function toCellRows(values: unknown): CellValue[][] {
  if (!Array.isArray(values)) return [];
  return values.map((row: unknown) => (Array.isArray(row) ? row.map(toCellValue) : []));
}
