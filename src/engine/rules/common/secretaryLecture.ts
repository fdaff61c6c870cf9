import { periodOf } from "../../calendar/period";
import type { RuleContext } from "../types";
import { givenBy, hasLectureSheets, lectureEvents, lectureIn, lectureSheet } from "./lectures";

/** The 单位信息 entries naming a secretary who must give a 党课 each year. */
export type LecturingSecretary = "departmentSecretary" | "agencySecretary";

/**
 * The annual-lecture check both secretaries share: the secretary named in 单位信息 gave at least
 * one 党课 in the year (from 党课台账, or a 会议台账 党课 they hosted when the option says so).
 * A secretary not named is a gap in 单位信息 — one structure notice on that row, no period
 * recorded for the summary — not a missing lecture.
 */
export function checkSecretaryLecture(
  context: RuleContext<{ countMeetingHosts: boolean }, "missing" | "unset">,
  secretaryKey: LecturingSecretary
): void {
  const { workbook, settings } = context;
  // Without either sheet there is nothing to look in; structure-missing-sheet says so.
  if (!hasLectureSheets(workbook)) return;
  const secretary = settings[secretaryKey]?.trim() ?? "";
  if (secretary === "") {
    const unitInfo = workbook.unitInfo;
    context.report({
      kind: "structure",
      severity: "warning",
      messageId: "unset",
      sheet: unitInfo?.sheet ?? null,
      row: unitInfo?.info.rows[secretaryKey] ?? null,
    });
    return;
  }
  const events = lectureEvents(workbook);
  context.countRows(events.length);
  const period = periodOf("year", context.year, 1);
  context.period({
    period,
    met: events.some(
      (e) => lectureIn(e, period) && givenBy(e, secretary, context.options.countMeetingHosts)
    ),
    branch: null,
    person: secretary,
    sheet: lectureSheet(workbook),
    messageId: "missing",
    data: { person: secretary, period: period.key },
  });
}
