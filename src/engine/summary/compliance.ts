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

  const failed = new Set<string>();
  for (const f of findings) {
    if (f.sheet === null || f.row === null || f.severity === "reminder") continue;
    const owner = rows.owner(f.sheet, f.row);
    // Rows outside the ledgers (单位信息, unknown rows) are not counted on either side.
    if (!owner || (branch !== null && owner.branch !== branch)) continue;
    failed.add(rowKey(f.sheet, f.row));
  }
  const rowCount = rows.count(branch);

  const shares: number[] = [];
  if (periodsDecided > 0) shares.push(periodsMet / periodsDecided);
  if (rowCount > 0) shares.push((rowCount - failed.size) / rowCount);
  const rate = shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length;
  return { periodsMet, periodsDecided, rows: rowCount, rowsWithFindings: failed.size, rate };
}
