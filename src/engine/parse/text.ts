import type { CellValue } from "../cell/types";

/** Full-width ASCII (Ａ-Ｚ, ０-９, ＋…) and the ideographic space → their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
  );
}

/** Half-width, trimmed, with runs of whitespace (line breaks included) collapsed to one space. */
export function normalizeText(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00A0\u200B\uFEFF]+/g, " ")
    .trim();
}

/** A cell's text as Excel would display it plainly: numbers without exponent noise, booleans as TRUE/FALSE. */
export function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** Whether a cell counts as empty: "", whitespace only, or nothing at all. */
export function isBlank(value: CellValue | null | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && normalizeText(value) === "")
  );
}
