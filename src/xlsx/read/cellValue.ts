import { dateToSerial } from "./excelSerial";
import type { CellValue } from "../../engine";

/** A cell's value as Range.values shows it, and whether it counts towards the used range. */
export interface PlainCell {
  value: CellValue;
  /** A value other than "", or a formula (Excel computes it, so the cell is in use). */
  hasContent: boolean;
}

export const EMPTY_CELL: PlainCell = { value: "", hasContent: false };

/** ExcelJS nests at most two deep (a hyperlink over a formula result); deeper is hostile. */
const MAX_DEPTH = 4;

/**
 * Turns whatever ExcelJS holds for a cell into the plain value Excel's Range.values gives: dates
 * as serials, formulas as their cached result, errors as their text, rich text and hyperlinks as
 * their text. Never throws: anything unrecognised becomes "".
 */
export function plainCell(raw: unknown): PlainCell {
  const value = plainValue(raw, 0);
  return { value, hasContent: value !== "" || isFormula(raw) };
}

function plainValue(raw: unknown, depth: number): CellValue {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  // NaN or infinity only come from a damaged number; Range.values has nothing to show for it.
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : "";
  if (raw instanceof Date) return dateToSerial(raw) ?? "";
  if (typeof raw !== "object" || depth >= MAX_DEPTH) return "";
  if ("error" in raw) return typeof raw.error === "string" ? raw.error : "";
  if ("richText" in raw) return richTextOf(raw.richText);
  // A formula without a cached result was never calculated: Excel would compute it, we cannot.
  if (isFormula(raw)) return "result" in raw ? plainValue(raw.result, depth + 1) : "";
  return "text" in raw ? plainValue(raw.text, depth + 1) : "";
}

const isFormula = (raw: unknown): boolean =>
  typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);

function richTextOf(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  let text = "";
  for (const run of runs as unknown[]) {
    if (typeof run === "object" && run !== null && "text" in run && typeof run.text === "string") {
      text += run.text;
    }
  }
  return text;
}
