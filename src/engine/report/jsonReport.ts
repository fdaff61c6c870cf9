import { isoDate } from "../calendar/day";
import type { CheckResult } from "../check";
import type { Acknowledged } from "../acknowledge/types";
import type { SettingChange } from "../config/settingChange";
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
> & {
  /** 已说明: the department's reason and the day it gave it; null for any other finding. */
  acknowledged: Acknowledged | null;
};

export interface JsonReport {
  file: string;
  year: number;
  /** ISO date. */
  asOf: string;
  version: string;
  findings: JsonFinding[];
  /** By severity; explained (已说明) warnings are counted in `acknowledged` instead. */
  totals: Record<Severity, number>;
  acknowledged: number;
  /** How the check's settings departed from the rules as written (rules off, severities…). */
  settingChanges: SettingChange[];
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
      ({
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
        acknowledged,
      }) => ({
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
        acknowledged: acknowledged ? { ...acknowledged } : null,
      })
    ),
    totals: { ...result.totals },
    acknowledged: result.acknowledged,
    settingChanges: result.settingChanges.map((change) => ({ ...change })),
    branches: summary.branches.map((b) => ({ ...b })),
  };
}
