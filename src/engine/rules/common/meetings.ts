import { day } from "../../calendar/day";
import { type Frequency, type Period, periodsOfYear } from "../../calendar/period";
import type { LedgerWorkbook, MeetingRecord } from "../../model/ledgers";
import { isUnreadableCell } from "../../model/unreadableCells";
import type { MeetingType } from "../../model/vocabulary";
import type { RuleContext } from "../types";
import { rowsWhere } from "../../model/recordIndex";
import type { RuleOptions } from "../../basics";

/** Meetings of a branch that name the given type (combined rows count for every type they name). */
export function meetingsOfType(
  workbook: LedgerWorkbook,
  branch: string,
  type: MeetingType
): MeetingRecord[] {
  return rowsWhere(workbook.meetings?.records ?? [], "branch", branch).filter(
    (m) => m.date !== undefined && m.types?.includes(type) === true
  );
}

/** Whether any of the meetings falls inside the period. */
export function anyInPeriod(meetings: readonly MeetingRecord[], period: Period): boolean {
  return meetings.some(
    (m) => m.date !== undefined && m.date.day >= period.start && m.date.day <= period.end
  );
}

/** The first and last day of a calendar year, for "dated within the reporting year" filters. */
function yearBounds(year: number): { start: number; end: number } {
  return { start: day(year, 1, 1), end: day(year, 12, 31) };
}

/** Whether a meeting is dated within the calendar year (a month-only date counts for its month). */
export function datedInYear(meeting: MeetingRecord, year: number): boolean {
  if (meeting.date === undefined) return false;
  const { start, end } = yearBounds(year);
  return meeting.date.day >= start && meeting.date.day <= end;
}

/** A branch's dated meetings within the year that the predicate accepts, in ledger order. */
export function branchMeetingsInYear(
  workbook: LedgerWorkbook,
  branch: string,
  year: number,
  accepts: (meeting: MeetingRecord) => boolean
): MeetingRecord[] {
  return rowsWhere(workbook.meetings?.records ?? [], "branch", branch).filter(
    (m) => datedInYear(m, year) && accepts(m)
  );
}

/** Whether a row names the meeting type (combined rows name several). */
export function isOfType(meeting: MeetingRecord, type: MeetingType): boolean {
  return meeting.types?.includes(type) === true;
}

/** The 会议台账 column letter of a field, or null when the sheet has no such column. */
export function meetingColumn(workbook: LedgerWorkbook, field: keyof MeetingRecord): string | null {
  return workbook.meetings?.columns[field] ?? null;
}

/** Whether the reader already reported one of the row's cells in these fields as unreadable. */
export function hasUnreadableCell(
  workbook: LedgerWorkbook,
  row: number,
  fields: readonly (keyof MeetingRecord)[]
): boolean {
  return fields.some((field) => isUnreadableCell(workbook, "meetings", row, field));
}

/**
 * Records one period per branch and period of the reporting year: met when the branch has a
 * meeting the predicate accepts inside it. Counts the rows it looked at. The engine of every
 * "≥1 meeting of a type per month/quarter/year" rule.
 */
export function checkBranchPeriods<O extends RuleOptions, M extends string>(
  context: RuleContext<O, M>,
  spec: {
    branches: readonly string[];
    frequency: Frequency;
    accepts: (meeting: MeetingRecord) => boolean;
    /** One of the rule's own ids (it is not inferred from here, so a foreign id does not compile). */
    messageId: NoInfer<M>;
  }
): void {
  const sheet = context.workbook.meetings?.sheet ?? null;
  for (const branch of spec.branches) {
    const meetings = branchMeetingsInYear(context.workbook, branch, context.year, spec.accepts);
    context.countRows(meetings.length);
    for (const period of periodsOfYear(spec.frequency, context.year)) {
      context.period({
        period,
        met: anyInPeriod(meetings, period),
        branch,
        sheet,
        messageId: spec.messageId,
        data: { branch, period: period.key },
      });
    }
  }
}
