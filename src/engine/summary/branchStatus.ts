import type { FindingData } from "../findings/types";
import type { PeriodRecord } from "../run/report";
import type { RuleId } from "../rules/ruleIds";
import type { LedgerRows } from "./ledgerRows";
import { rowsWhere } from "../model/recordIndex";

/** How a requirement stands in the branch table: ✓, ✗, 进行中 or — (not evaluated / not required). */
export type Mark = "met" | "missing" | "open" | "none";

/** A count cell "n/m", styled like a mark. */
export interface Tally {
  met: number;
  total: number;
  mark: Mark;
}

export function recordsOf(
  periods: readonly PeriodRecord[],
  ruleId: RuleId,
  branch: string
): PeriodRecord[] {
  return rowsWhere(periods, "branch", branch).filter((p) => p.ruleId === ruleId);
}

/**
 * One mark for several records (a requirement per person, or a period) — one missing period makes it ✗,
 * all met is ✓, otherwise something is still open; no records at all is —.
 */
export function markOf(records: readonly PeriodRecord[]): Mark {
  if (records.length === 0) return "none";
  if (records.some((r) => r.status === "missing")) return "missing";
  if (records.every((r) => r.status === "met")) return "met";
  return "open";
}

/** Met periods out of every period the rule evaluated for the branch this year. */
export function tallyOf(records: readonly PeriodRecord[]): Tally {
  return {
    met: records.filter((r) => r.status === "met").length,
    total: records.length,
    mark: markOf(records),
  };
}

/**
 * 新任书记培训: ✗ also when the rule put a row finding on a training that came after the deadline
 * (the secretary was trained, but late); — when the branch has no new secretary.
 */
export function newSecretaryMark(
  records: readonly PeriodRecord[],
  findings: readonly FindingData[],
  branch: string
): Mark {
  const late = findings.some(
    (f) =>
      f.ruleId === "training-new-secretary-6m" &&
      f.branch === branch &&
      f.kind === "row" &&
      (f.severity === "error" || f.severity === "warning")
  );
  return late ? "missing" : markOf(records);
}

/** 党费: member-months due and decided (met or missing), and those of them paid in full. */
export interface DuesTally {
  paidInFull: number;
  due: number;
}

const memberMonth = (person: string | null, month: string): string =>
  `${person ?? ""}\u0000${month}`;

/** The member-months of a branch that dues-paid-in-full found short. */
function shortMonths(
  findings: readonly FindingData[],
  branch: string,
  rows: LedgerRows
): Set<string> {
  const short = new Set<string>();
  for (const f of findings) {
    if (f.ruleId !== "dues-paid-in-full" || f.branch !== branch) continue;
    if (f.severity !== "error" && f.severity !== "warning") continue;
    const fromRow =
      f.sheet !== null && f.row !== null ? rows.monthsOfDuesRow(f.sheet, f.row) : undefined;
    const months = fromRow ?? (f.period && /^\d{4}-\d{2}$/.test(f.period) ? [f.period] : []);
    for (const month of months) short.add(memberMonth(f.person, month));
  }
  return short;
}

/**
 * A member-month counts as paid in full when dues-monthly found a payment for it (met) and
 * dues-paid-in-full found no shortfall on the row paying it. The denominator is every member-month
 * dues-monthly decided (met or missing); months not yet due are left out.
 */
export function duesTally(
  periods: readonly PeriodRecord[],
  findings: readonly FindingData[],
  branch: string,
  rows: LedgerRows
): DuesTally {
  const decided = recordsOf(periods, "dues-monthly", branch).filter(
    (r) => r.status === "met" || r.status === "missing"
  );
  const short = shortMonths(findings, branch, rows);
  const paidInFull = decided.filter(
    (r) => r.status === "met" && !short.has(memberMonth(r.person, r.period))
  ).length;
  return { paidInFull, due: decided.length };
}
