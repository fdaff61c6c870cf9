import type { CellValue } from "../cell/types";
import { cellText } from "../parse/text";

/** A sheet's values as the reader sees them; rows may be ragged (tests, other hosts) or missing. */
export type Grid = readonly (readonly CellValue[] | undefined)[];

/**
 * A cell of the grid, or "" when the row or cell is absent. Hosts only send strings, numbers and
 * booleans, but the reader is the engine's border: anything else (null, objects from a careless
 * adapter) reads as a blank cell rather than crashing a check.
 */
export function cellAt(grid: Grid, row: number, column: number): CellValue {
  const value = grid[row]?.[column];
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : "";
}

/** The widest row's length. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (Array.isArray(row) && row.length > width) width = row.length;
  return width;
}

/** The cell's text for people to read: line breaks and runs of spaces collapsed, trimmed. */
export function displayText(value: CellValue): string {
  return cellText(value).replace(/\s+/g, " ").trim();
}

/**
 * A header as people are shown it in a message ("第15行J列（会议类型）"): the text as written,
 * without the template's required-column star ("*会议类型", "＊会议类型"), a trailing colon
 * ("年度：") and the line break or spaces a header was wrapped with between Chinese characters
 * ("会议\n类型" → "会议类型"). Units and other words stay: the header is quoted, not normalised.
 */
export function headerLabel(value: CellValue): string {
  return displayText(value)
    .replace(/^[*＊\s]+|[*＊:：\s]+$/gu, "")
    .replace(
      /([\u3400-\u9FFF\uF900-\uFAFF（）：])\s+(?=[\u3400-\u9FFF\uF900-\uFAFF（）：])/g,
      "$1"
    );
}

/** Texts longer than this are cut in issues: they are shown to people, not re-read. */
const MAX_ISSUE_TEXT = 100;

/** A cell's text for an issue, cut when very long. */
export function shortText(value: CellValue): string {
  // Cut before collapsing whitespace, so that a huge cell costs no more than a short one.
  const head =
    typeof value === "string" && value.length > 4 * MAX_ISSUE_TEXT
      ? value.slice(0, 4 * MAX_ISSUE_TEXT)
      : value;
  const text = displayText(head);
  return text.length > MAX_ISSUE_TEXT ? `${text.slice(0, MAX_ISSUE_TEXT)}…` : text;
}
