import { isoDate } from "../../calendar/day";
import type { MeetingRecord } from "../../model/ledgers";
import type { MeetingType } from "../../model/vocabulary";
import type { RuleContext } from "../types";
import { hasUnreadableCell, isOfType, meetingColumn } from "./meetings";
import { attendanceCounts, type AttendanceCounts, quorumVerdict, severityOption } from "./quorum";
import type { RuleOptions } from "../../basics";

const COUNT_FIELDS = ["expected", "attended", "expectedVoting", "attendedVoting"] as const;

/** The options both quorum rules share (each rule describes them in its own words). */
export type QuorumRowOptions = RuleOptions & {
  exceedsSeverity: string;
  reportMissingCounts: boolean;
  missingCountsSeverity: string;
};

/** A meeting row whose attendance can be judged, with what its findings carry. */
export interface QuorumRow {
  meeting: MeetingRecord;
  counts: AttendanceCounts;
  at: { sheet: string; row: number; branch: string; column: string | null };
  figures: { branch: string; date: string; attended: number; expected: number };
}

/**
 * Walks the dated rows of one meeting type, reports the data problems both quorum rules share —
 * no figures at all, more attended than expected — and hands every row that can be judged to
 * `judge`. Rows with nobody expected are left alone: there is no quorum to judge.
 */
export function forEachQuorumRow<O extends QuorumRowOptions>(
  context: RuleContext<O>,
  type: MeetingType,
  judge: (row: QuorumRow) => void
): void {
  const { workbook, options } = context;
  const ledger = workbook.meetings;
  if (!ledger) return;
  const hasCountColumns = COUNT_FIELDS.some((field) => meetingColumn(workbook, field) !== null);

  for (const meeting of ledger.records) {
    // The date names the meeting in messages (and fixes who was a 预备党员 that day).
    if (!isOfType(meeting, type) || meeting.branch === "" || meeting.date === undefined) continue;
    context.countRows();
    const where = { sheet: ledger.sheet, row: meeting.row, branch: meeting.branch };
    const date = isoDate(meeting.date.day);
    const counts = attendanceCounts(meeting);

    if (counts === undefined) {
      // Unreadable figures are the reader's finding already; a sheet without count columns is
      // a ledger that does not record attendance at all.
      if (
        options.reportMissingCounts &&
        hasCountColumns &&
        !hasUnreadableCell(workbook, meeting.row, COUNT_FIELDS)
      ) {
        context.report({
          ...where,
          column: meetingColumn(workbook, "attended") ?? meetingColumn(workbook, "attendedVoting"),
          messageId: "countsMissing",
          data: { branch: meeting.branch, date },
          severity: severityOption(options.missingCountsSeverity, "warning"),
        });
      }
      continue;
    }
    if (counts.expected <= 0) continue;

    const at = { ...where, column: meetingColumn(workbook, counts.attendedField) };
    const figures = {
      branch: meeting.branch,
      date,
      attended: counts.attended,
      expected: counts.expected,
    };
    if (counts.attended > counts.expected) {
      context.report({
        ...at,
        messageId: "attendedExceedsExpected",
        data: figures,
        severity: severityOption(options.exceedsSeverity, "warning"),
      });
      continue;
    }
    judge({ meeting, counts, at, figures });
  }
}

/** The committee's verdict: 半数以上 includes half, so only fewer than half is reported. */
export function reportBelowHalf<O extends QuorumRowOptions, M extends string>(
  context: RuleContext<O, M>,
  { at, figures }: QuorumRow,
  messageId: NoInfer<M>
): void {
  if (quorumVerdict(figures.attended, figures.expected) === "below") {
    context.report({ ...at, messageId, data: figures });
  }
}
