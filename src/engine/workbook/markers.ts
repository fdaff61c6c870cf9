import type { Severity } from "../basics";

/**
 * How the product recognises what it wrote into a user's workbook, so that a later check or a clear
 * removes exactly that and nothing of the user's — whichever adapter wrote it (Office.js in the
 * add-in, the package writer of the command line): the marks' formula, the notes' header and the
 * summary's marker are defined here once.
 */

/** Carried inside every conditional-format formula we add. */
export const CF_MARKER = "party-ledger-check:";

/** What a conditional format of ours marks: the severities that colour a ledger sheet. */
export type MarkKind = Exclude<Severity, "reminder">;

/**
 * Always TRUE (N() of a text is 0), so the format applies to its whole range; the string names the
 * product and the kind of mark, and survives Excel, LibreOffice and ExcelJS round trips unchanged.
 */
export function markFormula(kind: MarkKind): string {
  return `N("${CF_MARKER}${kind}")=0`;
}

/** The kind of mark a formula of ours carries; "other" for one of ours of an unknown kind. */
export function markKindOf(formula: unknown): MarkKind | "other" | null {
  if (typeof formula !== "string" || !formula.includes(`"${CF_MARKER}`)) return null;
  const kind = /"party-ledger-check:(error|warning|unreadable)"/.exec(formula)?.[1];
  return kind === "error" || kind === "warning" || kind === "unreadable" ? kind : "other";
}

/** The first line of every note block we write; visible, so a reader knows who wrote it. */
export const NOTE_HEADER = "【党建台账检查】";

/** Between a user's own note and our block: an empty line, then the header line. */
export const NOTE_SEPARATOR = `\n\n${NOTE_HEADER}\n`;

/**
 * Identifies a sheet as the product's own summary (specification.md: overwrite only if marked, never a
 * user's sheet of the same name). Always in the same cell, whatever the layout, so an adapter can
 * test an existing sheet without building the model; the column is hidden and outside the print area.
 */
export const SUMMARY_MARKER = {
  row: 1,
  column: 25,
  address: "Z1",
  value: "party-ledger-check:summary:v1",
} as const;

/** A cell that marks a sheet as the product's own. */
export interface SheetMarker {
  row: number;
  /** 0-based. */
  column: number;
  address: string;
  value: string;
}

/** The same mark as a worksheet custom property, for hosts that support them. */
export const SUMMARY_PROPERTY = { name: "PartyLedgerCheck", value: "summary:v1" } as const;

/**
 * The mark of the 问题清单 that travels with the 汇总表. It begins like the summary's own, so
 * everything that finds, replaces or clears our summary sheets by their marker treats both alike;
 * only readers of the summary's data tell them apart (`isSummaryDataMarker`).
 */
export const FINDINGS_LIST_MARKER = {
  ...SUMMARY_MARKER,
  value: "party-ledger-check:summary:list:v1",
} as const;

/** Whether a cell value found at SUMMARY_MARKER.address marks one of the product's summary sheets. */
export function isSummaryMarker(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("party-ledger-check:summary:");
}

/** Whether it marks the 汇总表 itself, the sheet whose hidden column carries the figures. */
export function isSummaryDataMarker(value: unknown): boolean {
  return isSummaryMarker(value) && value !== FINDINGS_LIST_MARKER.value;
}
