import type { Finding } from "../findings/types";
import type { Locale } from "../i18n/locale";
import { columnIndex } from "../cell/address";
import { HIGHLIGHT_COLOURS, type MarkSeverity } from "./colours";
import { noteLine } from "../render/messages";

/** Consecutive sheet rows, both ends included (1-based, as Excel numbers them). */
export interface RowRange {
  first: number;
  last: number;
}

/** One cell to mark: 1-based row and column letter, as findings carry them. */
export interface CellMark {
  row: number;
  column: string;
}

/**
 * A note (comment) an adapter attaches to a marked row: on the cell that is wrong (`column`, the
 * findings' column letter), or — for findings that name no cell — on the row's first value cell
 * (`column` null: the adapter knows where the values are).
 */
export interface RowNote {
  row: number;
  column: string | null;
  text: string;
}

/** What to mark on one ledger sheet. Rows and cells are ascending; a row is in one list only. */
export interface SheetHighlights {
  sheet: string;
  /** Rows with at least one error finding. */
  errorRows: RowRange[];
  /** Rows with a warning finding and no error finding. */
  warningRows: RowRange[];
  /** Unreadable required cells, coloured on top of any row colour. */
  unreadableCells: CellMark[];
  /**
   * One note per wrong cell of a row, listing that cell's findings; a row's findings that name no
   * cell join the note of its most serious cell, or make one for the row. By row, then column.
   */
  notes: RowNote[];
}

/**
 * Everything an adapter needs to mark the ledgers, identically in Office.js and ExcelJS: first the
 * row fills (error, then warning), then the unreadable cells, then the notes.
 */
export interface HighlightPlan {
  colours: typeof HIGHLIGHT_COLOURS;
  /** Sheets in the order their first finding appears. */
  sheets: SheetHighlights[];
}

const NOTE_ORDER: Record<MarkSeverity, number> = { error: 0, warning: 1, unreadable: 2 };

type MarkedFinding = Finding & { sheet: string; row: number; severity: MarkSeverity };

/** Findings that land on a ledger row; period findings (no row) and reminders are summary-only. */
function isMarked(finding: Finding): finding is MarkedFinding {
  return finding.sheet !== null && finding.row !== null && finding.severity !== "reminder";
}

/** Ascending, de-duplicated rows merged into ranges of consecutive rows. */
export function toRowRanges(rows: Iterable<number>): RowRange[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const ranges: RowRange[] = [];
  for (const row of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && row === last.last + 1) last.last = row;
    else ranges.push({ first: row, last: row });
  }
  return ranges;
}

function noteText(findings: readonly MarkedFinding[], locale: Locale): string {
  // Stable sort: errors first, then warnings, then unreadable cells, each in the engine's order.
  const ordered = [...findings].sort((a, b) => NOTE_ORDER[a.severity] - NOTE_ORDER[b.severity]);
  // The same text twice (two identical findings) would only lengthen the note.
  return [...new Set(ordered.map((f) => noteLine(f, locale)))].join("\n");
}

/**
 * The notes of one row: grouped by the cell each finding names; a finding without a column goes
 * to the first cell the row's findings name (most serious first), so the row gets no extra note
 * on a cell that is not wrong.
 */
function rowNotes(row: number, findings: readonly MarkedFinding[], locale: Locale): RowNote[] {
  const ordered = [...findings].sort((a, b) => NOTE_ORDER[a.severity] - NOTE_ORDER[b.severity]);
  const anchor = ordered.find((f) => f.column !== null)?.column ?? null;
  const byColumn = new Map<string | null, MarkedFinding[]>();
  for (const finding of ordered) {
    const column = finding.column ?? anchor;
    const list = byColumn.get(column) ?? [];
    list.push(finding);
    byColumn.set(column, list);
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => (columnIndex(a ?? "") ?? -1) - (columnIndex(b ?? "") ?? -1))
    .map(([column, cellFindings]) => ({ row, column, text: noteText(cellFindings, locale) }));
}

function byCell(a: CellMark, b: CellMark): number {
  return a.row - b.row || (columnIndex(a.column) ?? 0) - (columnIndex(b.column) ?? 0);
}

function sheetHighlights(
  sheet: string,
  findings: readonly MarkedFinding[],
  locale: Locale
): SheetHighlights {
  const errorRows = new Set<number>();
  const warningRows = new Set<number>();
  const cells = new Map<string, CellMark>();
  const byRow = new Map<number, MarkedFinding[]>();
  for (const finding of findings) {
    if (finding.severity === "error") errorRows.add(finding.row);
    else if (finding.severity === "warning") warningRows.add(finding.row);
    else if (finding.column !== null) {
      // An unreadable finding without a column (never expected) still gets its note line.
      cells.set(`${finding.row}\u0000${finding.column}`, {
        row: finding.row,
        column: finding.column,
      });
    }
    const rowFindings = byRow.get(finding.row) ?? [];
    rowFindings.push(finding);
    byRow.set(finding.row, rowFindings);
  }
  for (const row of errorRows) warningRows.delete(row);
  return {
    sheet,
    errorRows: toRowRanges(errorRows),
    warningRows: toRowRanges(warningRows),
    unreadableCells: [...cells.values()].sort(byCell),
    notes: [...byRow.entries()]
      .sort(([a], [b]) => a - b)
      .flatMap(([row, rowFindings]) => rowNotes(row, rowFindings, locale)),
  };
}

/** Plans how the ledger sheets are marked for a set of rendered findings. */
export function planHighlights(findings: readonly Finding[], locale: Locale): HighlightPlan {
  const bySheet = new Map<string, MarkedFinding[]>();
  for (const finding of findings) {
    if (!isMarked(finding)) continue;
    const sheetFindings = bySheet.get(finding.sheet) ?? [];
    sheetFindings.push(finding);
    bySheet.set(finding.sheet, sheetFindings);
  }
  return {
    colours: HIGHLIGHT_COLOURS,
    sheets: [...bySheet.entries()].map(([sheet, f]) => sheetHighlights(sheet, f, locale)),
  };
}
