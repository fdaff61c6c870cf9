import type { CellValue } from "../cell/types";
import type { Locale } from "../i18n/locale";
import type { Severity } from "../basics";
import type { MergeArea, SheetModel, SheetCell } from "../workbook/sheetModel";

/**
 * The summary's figures in machine-readable form. It travels inside the summary sheet itself
 * (hidden column, below the marker), so a summary emailed upward — checked workbook or exported
 * summary alone — can be consolidated by the level above without re-reading its layout.
 */
export interface SummaryData {
  format: typeof SUMMARY_DATA_FORMAT;
  version: string;
  unitName: string | null;
  year: number;
  /** ISO date. */
  asOf: string;
  checkedAt: string;
  locale: Locale;
  totals: Record<Severity, number>;
  complianceRate: number | null;
  branches: BranchFigures[];
  /** The branch table as the summary shows it: header rows and one row per branch. */
  branchTable: TableSnapshot;
}

/** The 汇总表: the sheet, with its figures machine-readable beside it. */
export interface SummarySheet extends SheetModel {
  data: SummaryData;
}

export interface BranchFigures {
  branch: string;
  error: number;
  warning: number;
  complianceRate: number | null;
}

/** A rectangle of the summary, rows and columns counted from 0 at its top-left. */
export interface TableSnapshot {
  height: number;
  width: number;
  /** Widths in characters of the snapshot's columns, as the summary sets them. */
  columnWidths: number[];
  cells: Pick<SheetCell, "row" | "column" | "value" | "style" | "numberFormat">[];
  merges: Omit<MergeArea, "address">[];
}

export const SUMMARY_DATA_FORMAT = "party-ledger-check/summary-data@1";

/** Cells hold at most 32,767 characters; chunks stay well below. */
const CHUNK = 30_000;

/** The data as strings for consecutive cells of the hidden column. */
export function encodeSummaryData(data: SummaryData): string[] {
  const json = JSON.stringify(data);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

export type DecodeResult =
  { ok: true; data: SummaryData } | { ok: false; reason: "absent" | "invalid" };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isRate = (v: unknown): v is number | null =>
  v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1);

function isSummaryData(v: unknown): v is SummaryData {
  if (!isRecord(v) || v.format !== SUMMARY_DATA_FORMAT) return false;
  const { totals, branches, branchTable } = v;
  return (
    typeof v.year === "number" &&
    typeof v.asOf === "string" &&
    (v.unitName === null || typeof v.unitName === "string") &&
    isRecord(totals) &&
    ["error", "warning", "reminder", "unreadable"].every((s) => typeof totals[s] === "number") &&
    isRate(v.complianceRate) &&
    Array.isArray(branches) &&
    branches.every(
      (b) =>
        isRecord(b) &&
        typeof b.branch === "string" &&
        typeof b.error === "number" &&
        typeof b.warning === "number" &&
        isRate(b.complianceRate)
    ) &&
    isRecord(branchTable) &&
    Array.isArray(branchTable.cells) &&
    Array.isArray(branchTable.columnWidths) &&
    Array.isArray(branchTable.merges)
  );
}

/**
 * Reads the data back from the hidden column's cells, top to bottom from the first data cell;
 * stops at the first empty cell. Never throws: a sheet edited by hand gives `invalid`.
 */
export function decodeSummaryData(cells: readonly CellValue[]): DecodeResult {
  const parts: string[] = [];
  for (const value of cells) {
    if (typeof value !== "string" || value === "") break;
    parts.push(value);
  }
  if (parts.length === 0) return { ok: false, reason: "absent" };
  try {
    const parsed: unknown = JSON.parse(parts.join(""));
    return isSummaryData(parsed) ? { ok: true, data: parsed } : { ok: false, reason: "invalid" };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

/** The rectangle of cells and merges between two rows of a sheet model, moved to start at 0. */
export function snapshotRows(
  cells: readonly SheetCell[],
  merges: readonly MergeArea[],
  firstRow: number,
  lastRow: number,
  columnWidths: readonly number[]
): TableSnapshot {
  const width = columnWidths.length;
  return {
    height: lastRow - firstRow + 1,
    width,
    columnWidths: [...columnWidths],
    cells: cells
      .filter((c) => c.row >= firstRow && c.row <= lastRow && c.column < width)
      .map((c) => ({
        row: c.row - firstRow,
        column: c.column,
        value: c.value,
        style: c.style,
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      })),
    merges: merges
      .filter((m) => m.firstRow >= firstRow && m.lastRow <= lastRow)
      .map((m) => ({
        firstRow: m.firstRow - firstRow,
        lastRow: m.lastRow - firstRow,
        firstColumn: m.firstColumn,
        lastColumn: m.lastColumn,
      })),
  };
}
