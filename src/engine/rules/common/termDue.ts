import { addMonths, addYears, type DayNumber, isoDate } from "../../calendar/day";
import { lastDayOfMonth, monthOfDay } from "../../calendar/month";
import type { DateCell } from "../../model/ledgers";
import type { MessageData, Severity } from "../../basics";
import type { ReportInput } from "../types";

/**
 * When a committee (a 党支部, a 党总支, the 机关党委) is due for re-election, shared by org-term-due
 * and org-agency-term-due (SEED（十）严格执行基层党组织按期换届规定).
 */

/**
 * The day a month-only 选举日期 (`2021年6月`) stands for: the month's last day, so that an unknown day
 * never makes a term look expired earlier than it could be.
 */
export function electionDay(date: DateCell): DayNumber {
  return date.monthOnly ? lastDayOfMonth(monthOfDay(date.day)) : date.day;
}

/** 任期（年） when it is a sensible whole number of years, else the fallback. */
export function termYearsOr(years: number | undefined, fallback: number): number {
  return years !== undefined && Number.isInteger(years) && years > 0 ? years : fallback;
}

export type TermVerdict = "longOverdue" | "overdue" | "dueSoon";

export interface TermJudgement {
  verdict: TermVerdict | undefined;
  elected: DayNumber;
  termEnd: DayNumber;
  data: { electionDate: string; termYears: number; termEnd: string; limitMonths: number };
}

/**
 * The term on the as-of date: `longOverdue` more than `longOverdueMonths` after its end, `overdue`
 * after its end, `dueSoon` from `noticeMonths` before its end to its end (the end day itself
 * included: the election is due that day, not late). Undefined for an election dated after the
 * as-of date (a slip or a plan, not an expiry).
 */
export function judgeTerm(
  election: DateCell,
  termYears: number,
  asOf: DayNumber,
  limits: { longOverdueMonths: number; noticeMonths: number }
): TermJudgement | undefined {
  const elected = electionDay(election);
  if (elected > asOf) return undefined;
  const termEnd = addYears(elected, termYears);
  const data = {
    electionDate: isoDate(elected),
    termYears,
    termEnd: isoDate(termEnd),
    limitMonths: limits.longOverdueMonths,
  };
  let verdict: TermVerdict | undefined;
  if (asOf > addMonths(termEnd, limits.longOverdueMonths)) verdict = "longOverdue";
  else if (asOf > termEnd) verdict = "overdue";
  else if (asOf >= addMonths(termEnd, -limits.noticeMonths)) verdict = "dueSoon";
  return { verdict, elected, termEnd, data };
}

/**
 * The finding a judged term gives, at `at`: longOverdue at its configured severity, overdue at the
 * rule's own, dueSoon as a reminder carrying its due date for the summary's reminder table.
 */
export function reportTermVerdict(
  report: (input: ReportInput<TermVerdict>) => void,
  judged: TermJudgement,
  at: Omit<ReportInput<TermVerdict>, "messageId" | "data" | "severity">,
  data: MessageData,
  longOverdueSeverity: Severity
): void {
  switch (judged.verdict) {
    case "longOverdue":
      report({ ...at, messageId: "longOverdue", data, severity: longOverdueSeverity });
      break;
    case "overdue":
      report({ ...at, messageId: "overdue", data });
      break;
    case "dueSoon":
      report({
        ...at,
        messageId: "dueSoon",
        data: { ...data, dueDate: isoDate(judged.termEnd) },
        severity: "reminder",
      });
  }
}
