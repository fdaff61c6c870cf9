import type { CellValue } from "../cell/types";
import { isBlank, normalizeText } from "./text";

/**
 * Internal helpers shared by the cell parsers (not re-exported from the parse index): how a raw
 * cell is classified, and the small text clean-ups several parsers need.
 */

/** A raw cell sorted by what it holds. Text is already half-width, trimmed and collapsed. */
export type CellInput =
  | { kind: "blank" }
  | { kind: "invalid" }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; text: string };

/**
 * Longest text a short-value parser (date, number, category) looks at. No real date or amount is
 * longer; the cap also keeps every parser linear on pathological cells (a 1 MB paste).
 */
export const SHORT_TEXT_LIMIT = 200;

/** Classifies a cell. Text longer than `maxLength` is invalid outright; NaN/±Infinity too. */
export function readCell(value: CellValue, maxLength = SHORT_TEXT_LIMIT): CellInput {
  if (isBlank(value)) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") {
    if (value.length > maxLength) return { kind: "invalid" };
    return { kind: "text", text: normalizeText(value) };
  }
  // Callers typed loosely (plain JavaScript, JSON) may hand over anything else.
  return { kind: "invalid" };
}

/** Every dash Chinese and Western keyboards produce (‐ ‑ ‒ – — ― − ﹘ ﹣) → "-". */
export function unifyDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, "-");
}

/** Removes all whitespace (Chinese text needs none: "支部 党员大会", "12 名"). */
export function stripSpaces(text: string): string {
  return text.replace(/\s+/g, "");
}

const TRAILING_NOTE = /\s*[([【][^()[\]【】]*[)\]】]\s*$/;

/**
 * Removes trailing parenthetical notes, as officers add them to values: "否（未满7人）",
 * "张三（书记）", "是 (兼)". Full-width brackets are expected to be half-width already.
 */
export function stripTrailingNotes(text: string): string {
  let rest = text;
  for (let match = TRAILING_NOTE.exec(rest); match; match = TRAILING_NOTE.exec(rest)) {
    rest = rest.slice(0, match.index);
  }
  return rest;
}

/** Rounds away binary noise (0.1 + 0.2, 1.5 / 100) so results compare equal to their literals. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}
