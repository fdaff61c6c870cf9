import { SEVERITIES, type Severity } from "../../findings/types";
import type { MeetingRecord } from "../../model/ledgers";

/** 半数以上 (specification.md): more than half is met; exactly half is short by a hair; fewer is short. */
export type QuorumVerdict = "met" | "half" | "below";

export function quorumVerdict(attended: number, expected: number): QuorumVerdict {
  // Doubling keeps the comparison in whole numbers: 5 of 10 is exactly half, not "0.5 ≥ 0.5".
  const doubled = attended * 2;
  if (doubled > expected) return "met";
  if (doubled === expected) return "half";
  return "below";
}

/** The attendance figures a row states, and which columns they came from. */
export interface AttendanceCounts {
  expected: number;
  attended: number;
  /** Both figures are the 有表决权 ones, so no 预备党员 can be among them. */
  voting: boolean;
  /** The field holding the attendance figure, for the finding's column. */
  attendedField: "attended" | "attendedVoting";
  expectedField: "expected" | "expectedVoting";
}

/**
 * The figures to compare. specification.md: 实到会有表决权 (else 实到) against 应到会有表决权 (else 应到).
 * The two voting figures are used as a pair when both are filled; when only the headcounts are, the
 * headcounts are; only a row that has one of each mixes them, as the fallback reads literally.
 * Undefined when the row lacks an expected or an attended figure.
 */
export function attendanceCounts(meeting: MeetingRecord): AttendanceCounts | undefined {
  const { expected, attended, expectedVoting, attendedVoting } = meeting;
  if (expectedVoting !== undefined && attendedVoting !== undefined) {
    return {
      expected: expectedVoting,
      attended: attendedVoting,
      voting: true,
      attendedField: "attendedVoting",
      expectedField: "expectedVoting",
    };
  }
  const e = expected ?? expectedVoting;
  const a = attended ?? attendedVoting;
  if (e === undefined || a === undefined) return undefined;
  return {
    expected: e,
    attended: a,
    voting: false,
    attendedField: attended !== undefined ? "attended" : "attendedVoting",
    expectedField: expected !== undefined ? "expected" : "expectedVoting",
  };
}

/**
 * What the attendance figures prove once 预备党员 (no vote) are set aside. `expectedVoting` counts
 * voting members only; between none and all of the 预备党员 may be among those who attended, so the
 * voting attendance lies between `attended − probationary` and `attended` (capped at
 * `expectedVoting`). `worst` and `best` are the verdicts at those two ends.
 */
export function votingBounds(
  attended: number,
  expectedVoting: number,
  probationary: number
): { worst: QuorumVerdict; best: QuorumVerdict; mostVoting: number } {
  const least = Math.max(0, attended - probationary);
  const most = Math.min(attended, expectedVoting);
  return {
    worst: quorumVerdict(least, expectedVoting),
    best: quorumVerdict(most, expectedVoting),
    mostVoting: most,
  };
}

/** A severity option's value, or the fallback when the workbook set something that is not one. */
export function severityOption(value: string, fallback: Severity): Severity {
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : fallback;
}
