import type { DayNumber } from "../../calendar/day";
import type { BranchRecord, LedgerWorkbook, MemberRecord } from "../../model/ledgers";
import { isMemberOn } from "./membership";
import { rowsWhere } from "../../model/recordIndex";

/** The smallest branch that must elect a committee (ZB 第六章: 有正式党员7人以上的党支部，应当设立党支部委员会). */
export const COMMITTEE_THRESHOLD = 7;

export function branchRecord(workbook: LedgerWorkbook, branch: string): BranchRecord | undefined {
  return workbook.branches?.records.find((b) => b.name === branch);
}

export function membersOf(workbook: LedgerWorkbook, branch: string): MemberRecord[] {
  return [...rowsWhere(workbook.members?.records ?? [], "branch", branch)];
}

/**
 * 正式党员 of a branch, on a day when one is given (members who left before it or arrive after it
 * do not count). A member whose 党员类别 is blank is counted as full (the usual case).
 */
export function fullMembersOf(
  workbook: LedgerWorkbook,
  branch: string,
  onDay?: DayNumber
): MemberRecord[] {
  return membersOf(workbook, branch).filter(
    (m) => m.memberCategory !== "probationary" && (onDay === undefined || isMemberOn(m, onDay))
  );
}

/**
 * Whether a branch has a committee: 是否设支委会 when stated, else whether it is large enough that
 * it must have one (≥ 7 正式党员 in the roster). Undefined when neither can be known.
 */
export function hasCommittee(
  workbook: LedgerWorkbook,
  branch: string,
  onDay?: DayNumber
): boolean | undefined {
  const stated = branchRecord(workbook, branch)?.hasCommittee;
  if (stated !== undefined) return stated;
  if (!workbook.members) return undefined;
  return fullMembersOf(workbook, branch, onDay).length >= COMMITTEE_THRESHOLD;
}
