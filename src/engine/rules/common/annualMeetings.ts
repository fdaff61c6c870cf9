import { day, daysInMonth, type DayNumber } from "../../calendar/day";
import type { Period } from "../../calendar/period";
import { periodOf } from "../../calendar/period";
import type { LedgerWorkbook, MeetingRecord } from "../../model/ledgers";
import { rowsWhere } from "../../model/recordIndex";
import type { RuleContext } from "../types";
import { isOfType } from "./meetings";
import type { RuleOptions } from "../../basics";

/**
 * The 组织生活会 and 民主评议党员 of a year, as an inspector counts them: year N's 组织生活会 is very
 * often held in January–March of N+1 and says "N年度" in its 主题 — it counts for N. The deadline is
 * a setting (default 3月31日 of N+1): before it a missing meeting is a reminder, after it an error.
 */

/** "03-31", "3-31", "3月31日": the month and day of the deadline in the year after; else undefined. */
export function parseDeadline(text: string): { month: number; day: number } | undefined {
  const match = /^\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  const dayOfMonth = Number(match[2]);
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(2024, month))
    return undefined;
  return { month, day: dayOfMonth };
}

export const DEFAULT_REVIEW_DEADLINE = "03-31";

/** The last day year N's meeting may be held: the deadline in N+1 (29 Feb falls back to the 28th). */
export function reviewDeadline(year: number, deadline: string): DayNumber {
  const { month, day: d } = parseDeadline(deadline) ??
    parseDeadline(DEFAULT_REVIEW_DEADLINE) ?? { month: 3, day: 31 };
  return day(year + 1, month, Math.min(d, daysInMonth(year + 1, month)));
}

/**
 * The requirement period of year N: the year's key ("2024"), from 1 January N to the deadline in
 * N+1, reminded from 1 January N+1 (the year has ended and the meeting is still due).
 */
export function reviewPeriod(
  year: number,
  deadline: string
): { period: Period; remindFrom: DayNumber } {
  return {
    period: { ...periodOf("year", year, 1), end: reviewDeadline(year, deadline) },
    remindFrom: day(year + 1, 1, 1),
  };
}

/** The years a 主题 names as "2024年度" or "2024年". */
function namedYears(topic: string | undefined): number[] {
  if (!topic) return [];
  return [...topic.matchAll(/(?:^|\D)((?:19|20|21)\d{2})\s*年/g)].map((m) => Number(m[1]));
}

/**
 * Whether a dated meeting counts for year N: when its 主题 names a year, it counts for that year if
 * held between 1 January of it and the deadline in the year after; otherwise for the year it is
 * dated in.
 */
export function countsForYear(meeting: MeetingRecord, year: number, deadline: string): boolean {
  if (meeting.date === undefined) return false;
  const held = meeting.date.day;
  const named = namedYears(meeting.topic);
  if (named.length > 0) {
    return (
      named.includes(year) && held >= day(year, 1, 1) && held <= reviewDeadline(year, deadline)
    );
  }
  return held >= day(year, 1, 1) && held <= day(year, 12, 31);
}

/** Words that, in a 主题, make a 党员大会, 支委会 or 党小组会 row a 组织生活会 (JYGL 第十七条). */
export const ORG_LIFE_TOPIC_WORDS = ["组织生活会"] as const;

/**
 * A 组织生活会: a row of that type, or a 党员大会, 支委会 or 党小组会 whose 主题 says 组织生活会 (the
 * 组织生活会 is held as a 党员大会 or by 党小组, JYGL 第十七条).
 */
export function isOrgLife(meeting: MeetingRecord, topicWords: readonly string[]): boolean {
  if (isOfType(meeting, "org-life")) return true;
  return isHeldAs(meeting) && saysAny(meeting.topic, topicWords);
}

/** A 党员大会, 支委会 or 党小组会: the meetings an annual review may be held as. */
export function isHeldAs(meeting: MeetingRecord): boolean {
  return (
    isOfType(meeting, "general") || isOfType(meeting, "committee") || isOfType(meeting, "group")
  );
}

export function saysAny(topic: string | undefined, words: readonly string[]): boolean {
  const text = topic ?? "";
  return words.some((w) => w !== "" && text.includes(w));
}

/** A branch's meetings the predicate accepts that count for the year (see countsForYear). */
export function annualMeetings(
  workbook: LedgerWorkbook,
  branch: string,
  year: number,
  deadline: string,
  accepts: (meeting: MeetingRecord) => boolean
): MeetingRecord[] {
  return rowsWhere(workbook.meetings?.records ?? [], "branch", branch).filter(
    (m) => accepts(m) && countsForYear(m, year, deadline)
  );
}

/**
 * Records year N's requirement for each branch: met by a meeting the predicate accepts that counts
 * for N (held in N, or up to the deadline in N+1 when its 主题 says "N年度"); reminded from 1
 * January N+1 until the deadline; missing after it. Shared by the 组织生活会 and 民主评议 rules.
 */
export function checkAnnualReview<O extends RuleOptions & { deadline: string }, M extends string>(
  context: RuleContext<O, M>,
  accepts: (meeting: MeetingRecord) => boolean,
  messageId: NoInfer<M>
): void {
  const { workbook, year, options } = context;
  const sheet = workbook.meetings?.sheet ?? null;
  const { period, remindFrom } = reviewPeriod(year, options.deadline);
  for (const branch of context.branches) {
    const meetings = annualMeetings(workbook, branch, year, options.deadline, accepts);
    context.countRows(meetings.length);
    context.period({
      period,
      remindFrom,
      met: meetings.length > 0,
      branch,
      sheet,
      messageId,
      data: { branch, period: period.key },
    });
  }
}
