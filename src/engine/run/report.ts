import type { FindingData } from "../findings/types";
import type { RuleId } from "../basics";

/**
 * How an evaluated requirement period stands on the as-of date. `excused`: it ended unmet, but the
 * member's situation (出国（境）, 挂职借调, 因病, 离退休 for study hours…) makes it a reminder; like an
 * open period it is not counted in the 合规率.
 */
export type PeriodStatus = "met" | "missing" | "excused" | "due-soon" | "open";

/** One evaluated period, kept for the summary table and statistics. */
export interface PeriodRecord {
  ruleId: RuleId;
  branch: string | null;
  person: string | null;
  subject: string | null;
  period: string;
  status: PeriodStatus;
}

/** Why a rule did not run. */
export type SkipReason = "disabled" | "missing-sheet" | "missing-column" | "not-checkable";

export interface RuleStats {
  ruleId: RuleId;
  /** Present when the rule did not run. */
  skipped?: SkipReason;
  rowsChecked: number;
  rowsFailed: number;
  periodsChecked: number;
  periodsMet: number;
  periodsMissing: number;
  periodsDueSoon: number;
  findings: number;
}

/** A rule that threw: recorded, and every other rule still ran. */
export interface EngineError {
  ruleId: RuleId;
  message: string;
}

/** What running the rules produced, before rendering. */
export interface RuleRunResult {
  findings: FindingData[];
  periods: PeriodRecord[];
  stats: RuleStats[];
  errors: EngineError[];
}
