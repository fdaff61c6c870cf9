import type { MeetingRecord } from "../../model/ledgers";
import { SEVERITIES, type Severity } from "../../basics";

/**
 * The attendance against the expected: more than half, exactly half, or fewer. "半数以上" includes
 * half (ZB 第十一条、第十二条), so exactly half meets the ordinary quorum; only a meeting that admits
 * a probationary member or confirms one needs strictly more than half (发展党员工作细则 第二十条、
 * 第三十三条).
 */
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

/**
 * What a 党员大会 decides, read from its 主题/议题: admitting (接收) or confirming (转正) a probationary member
 * (strictly more than half must attend, 发展党员工作细则), another vote (选举, 表决, 处分, 民主评议…:
 * half must attend, ZB 第十一条 "表决必须有半数以上有表决权的党员到会方可进行"), or no vote.
 */
export type MeetingVote = "admission" | "confirmation" | "vote" | "none";

/** "…" stands for any text between the parts: "接收…预备党员" matches 接收张某为预备党员. */
export const DEFAULT_ADMISSION_WORDS = [
  "接收…预备党员",
  "吸收…预备党员",
  "发展…为预备党员",
  "发展对象",
] as const;

export const DEFAULT_CONFIRMATION_WORDS = ["转正", "转为正式党员"] as const;

export const DEFAULT_VOTE_WORDS = [
  "选举",
  "换届",
  "补选",
  "表决",
  "票决",
  "处分",
  "民主评议",
  "不合格党员",
] as const;

/** Whether the text holds the keyword's parts (split at "…") in that order. */
export function namesKeyword(text: string, keyword: string): boolean {
  const parts = keyword.split("…").filter((p) => p !== "");
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

export function meetingVote(
  topic: string | undefined,
  words: { admission: readonly string[]; confirmation: readonly string[]; vote: readonly string[] }
): MeetingVote {
  const text = topic ?? "";
  const names = (list: readonly string[]) => list.some((w) => namesKeyword(text, w));
  if (names(words.admission)) return "admission";
  if (names(words.confirmation)) return "confirmation";
  if (names(words.vote)) return "vote";
  return "none";
}

/** Whether a meeting admits or confirms a probationary member: strictly more than half must attend. */
export const isStrict = (vote: MeetingVote): boolean =>
  vote === "admission" || vote === "confirmation";

/** Whether a verdict meets the quorum the meeting needs: half will do unless it admits or confirms. */
export function meetsQuorum(verdict: QuorumVerdict, vote: MeetingVote): boolean {
  return verdict === "met" || (verdict === "half" && !isStrict(vote));
}
