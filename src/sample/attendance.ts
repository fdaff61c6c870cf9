import { hasVoteOn, isMemberOn, type SampleBranch, type SampleMember } from "./model";
import type { Random } from "./random";
import { absenceReason } from "./topics";
import type { CellValue } from "../engine";

/** Who was expected at a meeting, who stayed away and why, as the ledger records it. */
export interface Attendance {
  expected: SampleMember[];
  absent: SampleMember[];
  /** "张三（出差）、李四（病假）", or "" when everyone came. */
  absenteeText: string;
}

export function absenteeText(absent: readonly SampleMember[], day: number): string {
  return absent
    .map((m) => `${m.name}（${absenceReason(m.name, day, m.personCategory === "离退休")}）`)
    .join("、");
}

/**
 * A plausible turnout: up to `maxAbsent` of the expected stay away, never those who must be there
 * (host, recorder) and never anyone in `alwaysPresent`.
 */
export function drawAttendance(
  random: Random,
  day: number,
  expected: readonly SampleMember[],
  maxAbsent: number,
  alwaysPresent: readonly SampleMember[]
): Attendance {
  const mayMiss = expected.filter((m) => !alwaysPresent.includes(m));
  const absent = random.sample(mayMiss, random.int(0, Math.min(maxAbsent, mayMiss.length)));
  return { expected: [...expected], absent, absenteeText: absenteeText(absent, day) };
}

/** The attendance figures of a meeting row; the 有表决权 pair only where votes are taken. */
export function countCells(
  attendance: Attendance,
  day: number,
  withVotes: boolean
): Partial<Record<string, CellValue>> {
  const { expected, absent } = attendance;
  const cells: Partial<Record<string, CellValue>> = {
    expected: expected.length,
    attended: expected.length - absent.length,
    absentees: attendance.absenteeText,
  };
  if (withVotes) {
    const voters = expected.filter((m) => hasVoteOn(m, day));
    cells.expectedVoting = voters.length;
    cells.attendedVoting = voters.filter((m) => !absent.includes(m)).length;
  }
  return cells;
}

/** The 组织委员 keeps the minutes; without one, a committee or ordinary member present does. */
export function recorderOn(branch: SampleBranch, day: number, host: SampleMember): SampleMember {
  const candidates = branch.members.filter((m) => m !== host && isMemberOn(m, day));
  const recorder =
    candidates.find((m) => m.partyRole === "组织委员") ??
    candidates.find((m) => branch.committee.includes(m)) ??
    candidates.find((m) => m.personCategory === "在职") ??
    candidates[0];
  if (!recorder) throw new Error(`${branch.name} has nobody to take the minutes`);
  return recorder;
}
