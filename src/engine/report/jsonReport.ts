import { isoDate } from "../calendar/day";
import type { CheckResult } from "../check";
import type { Finding } from "../findings/types";
import type { BranchFigures, SummaryData } from "../summary/summaryData";
import type { Severity } from "../basics";

/** One finding in the JSON report: the contract other tools rely on (README, "JSON report"). */
export type JsonFinding = Pick<
  Finding,
  | "ruleId"
  | "severity"
  | "kind"
  | "sheet"
  | "row"
  | "column"
  | "branch"
  | "period"
  | "person"
  | "message"
  | "basis"
>;

export interface JsonReport {
  file: string;
  year: number;
  /** ISO date. */
  asOf: string;
  version: string;
  findings: JsonFinding[];
  totals: Record<Severity, number>;
  branches: BranchFigures[];
}

/** The report of one checked file; branch figures come from the summary so both always agree. */
export function buildJsonReport(
  result: CheckResult,
  summary: SummaryData,
  file: string,
  version: string
): JsonReport {
  return {
    file,
    year: result.settings.year,
    asOf: isoDate(result.settings.asOf),
    version,
    findings: result.findings.map(
      ({ ruleId, severity, kind, sheet, row, column, branch, period, person, message, basis }) => ({
        ruleId,
        severity,
        kind,
        sheet,
        row,
        column,
        branch,
        period,
        person,
        message,
        basis,
      })
    ),
    totals: { ...result.totals },
    branches: summary.branches.map((b) => ({ ...b })),
  };
}
