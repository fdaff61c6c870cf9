import type { DayNumber } from "../../calendar/day";
import type { Period } from "../../calendar/period";
import type { LedgerWorkbook } from "../../model/ledgers";
import { isLedgerUsable } from "../../model/usableLedger";

/**
 * One 党课 as the lecture rules see it, from either ledger: a 党课台账 row, or a 会议台账 row whose
 * 会议类型 names 党课 (combined rows like "党员大会、党课" included).
 */
export interface LectureEvent {
  source: "lectures" | "meetings";
  row: number;
  branch: string;
  day: DayNumber;
  /**
   * Who gave it: 授课人 for a 党课台账 row; for a 会议台账 row, which has no 授课人 column, the
   * 主持人 — in 三会一课 ledgers the person who gives a 党课 is usually entered there.
   */
  speaker?: string;
}

/** Every dated 党课 in the workbook; rows without a readable date are skipped. */
export function lectureEvents(workbook: LedgerWorkbook): LectureEvent[] {
  const events: LectureEvent[] = [];
  const lectures = isLedgerUsable(workbook, "lectures") ? workbook.lectures?.records : undefined;
  const meetings = isLedgerUsable(workbook, "meetings") ? workbook.meetings?.records : undefined;
  for (const l of lectures ?? []) {
    if (l.date === undefined) continue;
    events.push({
      source: "lectures",
      row: l.row,
      branch: l.branch,
      day: l.date.day,
      ...(l.lecturer ? { speaker: l.lecturer } : {}),
    });
  }
  for (const m of meetings ?? []) {
    if (m.date === undefined || m.types?.includes("lecture") !== true) continue;
    events.push({
      source: "meetings",
      row: m.row,
      branch: m.branch,
      day: m.date.day,
      ...(m.host ? { speaker: m.host } : {}),
    });
  }
  return events;
}

/** Whether the workbook has either sheet a 党课 can be recorded in, with its required columns. */
export function hasLectureSheets(workbook: LedgerWorkbook): boolean {
  return isLedgerUsable(workbook, "lectures") || isLedgerUsable(workbook, "meetings");
}

/** The sheet period findings about 党课 point at: 党课台账, else 会议台账. */
export function lectureSheet(workbook: LedgerWorkbook): string | null {
  return workbook.lectures?.sheet ?? workbook.meetings?.sheet ?? null;
}

export function lectureIn(event: LectureEvent, period: Period): boolean {
  return event.day >= period.start && event.day <= period.end;
}

/**
 * Whether a person gave the 党课: the 授课人 of a 党课台账 row, or — when `countMeetingHosts` — the
 * 主持人 of a 会议台账 党课 row. A blank name never matches.
 */
export function givenBy(event: LectureEvent, person: string, countMeetingHosts: boolean): boolean {
  if (person === "" || event.speaker !== person) return false;
  return event.source === "lectures" || countMeetingHosts;
}
