/**
 * How the product recognises what it wrote into a user's workbook, so that a later check or a clear
 * removes exactly that and nothing of the user's.
 */

/** Carried inside every conditional-format formula we add. */
export const CF_MARKER = "party-ledger-check:";

/** What a conditional format of ours marks. */
export type MarkKind = "error" | "warning" | "unreadable";

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
