import type { SampleProblem } from "./types";
import type { Finding } from "../engine";

/** The parts of a finding that say which problem it is. */
export type FindingPlace = Pick<
  Finding,
  "ruleId" | "severity" | "sheet" | "row" | "branch" | "person" | "period"
>;

/** Whether the finding reports the problem: same rule and sheet, and every place field given agrees. */
export function problemMatches(problem: SampleProblem, finding: FindingPlace): boolean {
  if (problem.ruleId !== finding.ruleId || problem.sheet !== finding.sheet) return false;
  if (problem.row !== undefined && problem.row !== finding.row) return false;
  if (problem.branch !== undefined && problem.branch !== finding.branch) return false;
  if (problem.person !== undefined && problem.person !== finding.person) return false;
  return problem.period === undefined || problem.period === finding.period;
}

export interface SampleMatch<F extends FindingPlace> {
  /** Documented problems that no finding reports. */
  unfound: SampleProblem[];
  /** Findings that report no documented problem. */
  undocumented: F[];
}

/** Compares a check of the sample with its documented problems, both ways. */
export function matchSampleFindings<F extends FindingPlace>(
  problems: readonly SampleProblem[],
  findings: readonly F[]
): SampleMatch<F> {
  return {
    unfound: problems.filter((p) => !findings.some((f) => problemMatches(p, f))),
    undocumented: findings.filter((f) => !problems.some((p) => problemMatches(p, f))),
  };
}
