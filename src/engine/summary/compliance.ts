import type { FindingData } from "../findings/types";
import type { PeriodRecord } from "../run/report";
import type { LedgerRows } from "./ledgerRows";
import { rowsWhere } from "../model/recordIndex";

/** The parts of a compliance rate, kept for tests and for anyone who wants to show them. */
export interface Compliance {
  periodsMet: number;
  /** Periods decided by the as-of date: met, or ended and missing. */
  periodsDecided: number;
  rows: number;
  rowsWithFindings: number;
  /** 0–1, or null when nothing could be counted. */
  rate: number | null;
}

const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/**
 * The compliance rate of one branch (or of the whole unit when `branch` is null), see README.md:
 * the mean of (a) the share of decided requirement periods that were met and (b) the share of
 * ledger rows without an error, warning or unreadable finding. A part with nothing to count is
 * left out; with neither, the rate is null.
 */
export function compliance(
  branch: string | null,
  periods: readonly PeriodRecord[],
  findings: readonly FindingData[],
  rows: LedgerRows
): Compliance {
  const mine = branch === null ? periods : rowsWhere(periods, "branch", branch);
  const periodsMet = mine.filter((p) => p.status === "met").length;
  const periodsDecided = periodsMet + mine.filter((p) => p.status === "missing").length;

  const failed = failedRows(findings, rows);
  const rowsWithFindings = branch === null ? failed.all : (failed.byBranch.get(branch) ?? 0);
  const rowCount = rows.count(branch);

  const shares: number[] = [];
  if (periodsDecided > 0) shares.push(periodsMet / periodsDecided);
  if (rowCount > 0) shares.push((rowCount - rowsWithFindings) / rowCount);
  const rate = shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length;
  return { periodsMet, periodsDecided, rows: rowCount, rowsWithFindings, rate };
}

/** Ledger rows with an error, warning or unreadable finding: in all, and per owning branch. */
interface FailedRows {
  all: number;
  byBranch: Map<string, number>;
}

/**
 * Counted once per findings and rows and kept while both live: the summary asks for every branch,
 * and a pass over every finding per branch grew with branches × findings. As with `rowsWhere`,
 * callers must not change a findings array after asking.
 */
const failedCache = new WeakMap<readonly FindingData[], WeakMap<LedgerRows, FailedRows>>();

function failedRows(findings: readonly FindingData[], rows: LedgerRows): FailedRows {
  const known = failedCache.get(findings)?.get(rows);
  if (known) return known;
  const seen = new Set<string>();
  const counted: FailedRows = { all: 0, byBranch: new Map() };
  for (const f of findings) {
    if (f.sheet === null || f.row === null || f.severity === "reminder") continue;
    const owner = rows.owner(f.sheet, f.row);
    // Rows outside the ledgers (单位信息, unknown rows) are not counted on either side.
    if (!owner) continue;
    const key = rowKey(f.sheet, f.row);
    if (seen.has(key)) continue;
    seen.add(key);
    counted.all++;
    counted.byBranch.set(owner.branch, (counted.byBranch.get(owner.branch) ?? 0) + 1);
  }
  const byRows = failedCache.get(findings) ?? new WeakMap<LedgerRows, FailedRows>();
  byRows.set(rows, counted);
  failedCache.set(findings, byRows);
  return counted;
}
