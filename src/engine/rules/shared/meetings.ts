import type { Period } from "../../calendar/period";
import type { LedgerWorkbook, MeetingRecord } from "../../model/ledgers";
import type { MeetingType } from "../../model/vocabulary";

/** Meetings of a branch that name the given type (combined rows count for every type they name). */
export function meetingsOfType(workbook: LedgerWorkbook, branch: string, type: MeetingType): MeetingRecord[] {
  return (workbook.meetings?.records ?? []).filter(
    (m) => m.branch === branch && m.date !== undefined && m.types?.includes(type) === true
  );
}

/** Whether any of the meetings falls inside the period. */
export function anyInPeriod(meetings: readonly MeetingRecord[], period: Period): boolean {
  return meetings.some((m) => m.date !== undefined && m.date.day >= period.start && m.date.day <= period.end);
}
