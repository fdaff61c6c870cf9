import { addMonths, type DayNumber } from "../../calendar/day";
import type { MemberRecord } from "../../model/ledgers";

/** 预备期 is one year (《中国共产党章程》第七条); the roster gives no 转正 date, so it is assumed on time. */
const PROBATION_MONTHS = 12;

/**
 * Whether the member belonged to their branch on the day, as far as the roster tells: not before
 * 接收预备党员日期 or 转入日期, and not from 转出日期 on. Unknown dates do not exclude anyone.
 */
export function isMemberOn(member: MemberRecord, day: DayNumber): boolean {
  if (member.probationaryAdmitted && member.probationaryAdmitted.day > day) return false;
  if (member.transferredIn && member.transferredIn.day > day) return false;
  if (member.transferredOut && member.transferredOut.day <= day) return false;
  return true;
}

/**
 * Whether the member was a 预备党员 (no vote) on the day: still probationary in the roster, or a full
 * member today whose one-year probation had not yet ended then. Undefined when not a member that day.
 */
export function wasProbationaryOn(member: MemberRecord, day: DayNumber): boolean | undefined {
  if (!isMemberOn(member, day)) return undefined;
  if (member.memberCategory === "probationary") return true;
  const admitted = member.probationaryAdmitted?.day;
  return admitted !== undefined && addMonths(admitted, PROBATION_MONTHS) > day;
}

/** The branch's members on the day, split by whether they had a vote. */
export function voteSplitOn(
  members: readonly MemberRecord[],
  day: DayNumber
): { full: number; probationary: number } {
  let full = 0;
  let probationary = 0;
  for (const member of members) {
    const status = wasProbationaryOn(member, day);
    if (status === true) probationary++;
    else if (status === false) full++;
  }
  return { full, probationary };
}
