import { addMonths, type DayNumber } from "../../calendar/day";
import type { MemberRecord } from "../../model/ledgers";
import type { MemberStatus } from "../../model/vocabulary";

/**
 * 党员状态 after which nothing is required of the member (specification.md, "Members'
 * situations"): 转出, 去世, 停止党籍, 出党（除名）. From 变动日期 the member is off the rolls, like a
 * 转出日期: dues are owed up to that month, meetings and study hours no longer.
 */
const ENDING: ReadonlySet<MemberStatus> = new Set<MemberStatus>([
  "transferred-out",
  "deceased",
  "suspended",
  "expelled",
]);

/**
 * 党员状态 that excuse without ending anything: 出国（境）, 流动党员, 挂职／借调, 因病长期不能参加.
 * Obligations stand, but a missed dues month, a dues lapse, study hours short or a quorum that
 * fails only by counting them is a reminder, not an error or a warning.
 */
const AWAY: ReadonlySet<MemberStatus> = new Set<MemberStatus>([
  "abroad",
  "mobile",
  "seconded",
  "long-ill",
]);

/** Before any reporting year: an ending status without 变动日期 ended before the ledgers begin. */
const LONG_AGO = 0;

/**
 * The day the member left the rolls: 转出日期, or 变动日期 of an ending 党员状态 (the earlier of the
 * two); an ending status without a date counts as long ago. Undefined for a member still on them.
 */
export function leftDay(member: MemberRecord): DayNumber | undefined {
  const out = member.transferredOut?.day;
  const ended =
    member.status !== undefined && ENDING.has(member.status)
      ? (member.statusChanged?.day ?? LONG_AGO)
      : undefined;
  if (out === undefined) return ended;
  return ended === undefined ? out : Math.min(out, ended);
}

/** Whether the member is away (出国（境）, 流动, 挂职借调, 因病) on the day; without 变动日期, always. */
export function isAwayOn(member: MemberRecord, day: DayNumber): boolean {
  if (member.status === undefined || !AWAY.has(member.status)) return false;
  return member.statusChanged === undefined || member.statusChanged.day <= day;
}

/** 预备期 is one year (《中国共产党章程》第七条); the roster gives no 转正 date, so it is assumed on time. */
const PROBATION_MONTHS = 12;

/**
 * Whether the member belonged to their branch on the day, as far as the roster tells: not before
 * 接收预备党员日期 or 转入日期, and not from 转出日期 (or the 变动日期 of an ending 党员状态) on.
 * Unknown dates do not exclude anyone.
 */
export function isMemberOn(member: MemberRecord, day: DayNumber): boolean {
  if (member.probationaryAdmitted && member.probationaryAdmitted.day > day) return false;
  if (member.transferredIn && member.transferredIn.day > day) return false;
  const left = leftDay(member);
  if (left !== undefined && left <= day) return false;
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
