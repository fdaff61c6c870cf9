import type { FindingData } from "../findings/types";
import type { PeriodRecord } from "../run/report";
import type { LedgerRows } from "./ledgerRows";
import { rowsWhere } from "../model/recordIndex";
import type { RuleId } from "../basics";

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
 * A `mark` column: ✗ also when the rule put an error or warning on one of the branch's rows — the
 * fact sits on the row (a training held after its deadline), so the period is not reported again.
 */
export function markWithRowFindings(
  records: readonly PeriodRecord[],
  findings: readonly FindingData[],
  ruleId: RuleId,
  branch: string
): Mark {
  const onRow = findings.some(
    (f) =>
      f.ruleId === ruleId &&
      f.branch === branch &&
      f.kind === "row" &&
      (f.severity === "error" || f.severity === "warning")
  );
  return onRow ? "missing" : markOf(records);
}

/** 党费: member-months due and decided (met or missing), and those of them paid in full. */
export interface DuesTally {
  paidInFull: number;
  due: number;
}

const memberMonth = (person: string | null, month: string): string =>
  `${person ?? ""}\u0000${month}`;

/** The member-months of a branch that the shortfall rule (dues-paid-in-full) found short. */
function shortMonths(
  findings: readonly FindingData[],
  shortfallRule: string,
  branch: string,
  rows: LedgerRows
): Set<string> {
  const short = new Set<string>();
  for (const f of findings) {
    if (f.ruleId !== shortfallRule || f.branch !== branch) continue;
    if (f.severity !== "error" && f.severity !== "warning") continue;
    const fromRow =
      f.sheet !== null && f.row !== null ? rows.monthsOfDuesRow(f.sheet, f.row) : undefined;
    const months = fromRow ?? (f.period && /^\d{4}-\d{2}$/.test(f.period) ? [f.period] : []);
    for (const month of months) short.add(memberMonth(f.person, month));
  }
  return short;
}

/**
 * A member-month counts as paid in full when the month rule (dues-monthly) found a payment for it
 * (met) and the shortfall rule (dues-paid-in-full) found no shortfall on the row paying it. The
 * denominator is every member-month the month rule decided (met or missing); months not yet due
 * are left out.
 */
export function duesTally(
  periods: readonly PeriodRecord[],
  findings: readonly FindingData[],
  branch: string,
  rows: LedgerRows,
  rules: { months: RuleId; shortfall: string } = {
    months: "dues-monthly",
    shortfall: "dues-paid-in-full",
  }
): DuesTally {
  const decided = recordsOf(periods, rules.months, branch).filter(
    (r) => r.status === "met" || r.status === "missing"
  );
  const short = shortMonths(findings, rules.shortfall, branch, rows);
  const paidInFull = decided.filter(
    (r) => r.status === "met" && !short.has(memberMonth(r.person, r.period))
  ).length;
  return { paidInFull, due: decided.length };
}
