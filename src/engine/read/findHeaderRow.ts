import type { ColumnSchema, LedgerSchema } from "../schema/ledgerSchemas";
import { columnLookup } from "./columnLookup";
import type { Grid } from "./grid";
import { normalizeHeader } from "./normalizeHeader";

/** How far down a header row may sit below titles (单位, 年度, 填报说明…). */
export const HEADER_SCAN_ROWS = 30;
/** Longer texts are titles or notes, never headers; skipping them keeps odd sheets cheap. */
const MAX_HEADER_LENGTH = 100;

/** A non-blank text cell of a row that might be the header row. */
export interface HeaderCell {
  column: number;
  /** The text normalised as headers are compared. */
  key: string;
}

/** One of the first rows of a sheet, with its candidate header cells. */
export interface HeaderCandidate {
  /** 0-based grid row. */
  index: number;
  cells: HeaderCell[];
}

/** A row matched against a ledger's columns. */
export interface HeaderMatch {
  /** 0-based grid row. */
  index: number;
  /** Field → 0-based grid column; the first column with a given header wins. */
  columns: Map<string, number>;
  /** Required columns that the row lacks. */
  missingRequired: ColumnSchema[];
  /** Whether the row is good enough to be the header: every required column, or at least two. */
  accepted: boolean;
}

/** The normalised text cells of the first rows, computed once per sheet and matched per ledger. */
export function headerCandidates(grid: Grid, scanRows = HEADER_SCAN_ROWS): HeaderCandidate[] {
  const candidates: HeaderCandidate[] = [];
  const last = Math.min(grid.length, scanRows);
  for (let index = 0; index < last; index++) {
    const row = grid[index];
    if (!Array.isArray(row)) continue;
    const cells: HeaderCell[] = [];
    for (let column = 0; column < row.length; column++) {
      const value: unknown = row[column];
      if (typeof value !== "string" || value === "" || value.length > MAX_HEADER_LENGTH) continue;
      const key = normalizeHeader(value);
      if (key !== "") cells.push({ column, key });
    }
    if (cells.length > 0) candidates.push({ index, cells });
  }
  return candidates;
}

/** Matches one row against a ledger's columns. */
export function matchRow(candidate: HeaderCandidate, schema: LedgerSchema): HeaderMatch {
  const lookup = columnLookup(schema);
  const columns = new Map<string, number>();
  for (const cell of candidate.cells) {
    const column = lookup.get(cell.key);
    if (column && !columns.has(column.field)) columns.set(column.field, cell.column);
  }
  const missingRequired = schema.columns.filter((c) => c.required && !columns.has(c.field));
  const accepted = columns.size > 0 && (missingRequired.length === 0 || columns.size >= 2);
  return { index: candidate.index, columns, missingRequired, accepted };
}

/**
 * The row that matches most of the ledger's columns (ties: fewer required columns missing, then the
 * higher row), or undefined when no row matches any column. The match says whether it is
 * `accepted` as a header row; callers decide what to do with a poor best.
 */
export function findHeaderRow(
  candidates: readonly HeaderCandidate[],
  schema: LedgerSchema
): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  for (const candidate of candidates) {
    const match = matchRow(candidate, schema);
    if (match.columns.size === 0) continue;
    if (!best || isBetter(match, best)) best = match;
  }
  return best;
}

function isBetter(a: HeaderMatch, b: HeaderMatch): boolean {
  if (a.columns.size !== b.columns.size) return a.columns.size > b.columns.size;
  return a.missingRequired.length < b.missingRequired.length;
}
