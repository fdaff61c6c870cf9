import { periodsOfYear } from "../../calendar/period";
import type { MeetingRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import { anyInPeriod, branchMeetingsInYear, isOfType } from "../common/meetings";
import { groupsOf } from "../common/groups";

/**
 * Whether a 党小组会 row counts for the group: it names the group, or it names none and the
 * branch has only that one group (then there is no doubt whose meeting it was).
 */
function countsFor(meeting: MeetingRecord, group: string, groupCount: number): boolean {
  if (meeting.group) return meeting.group === group;
  return groupCount === 1;
}

export default defineRule({
  meta: {
    id: "meeting-group-monthly",
    ledger: "meetings",
    requires: ["meetings"],
    reads: {
      unitInfo: ["year"],
      members: ["branch", "group", "transferredOut", "status", "statusChanged"],
      meetings: ["branch", "types", "date", "group"],
    },
    summary: {
      order: 30,
      header: { "zh-CN": "党小组会\n（组·月）", "en-US": "Party groups (group-months)" },
      width: 9,
      show: { kind: "tally" },
    },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "每月召开党小组会", "en-US": "Monthly party group meeting" },
    description: {
      "zh-CN": "设有党小组的党支部，每个党小组每月至少召开1次党小组会。",
      "en-US": "Where a branch has party groups, each group meets at least once a month.",
    },
    fix: {
      "zh-CN":
        "在会议台账中登记各党小组该月召开的党小组会，并在“党小组”列填写小组名称（与党员名册一致）。确未召开的，应按月召开并如实记录。",
      "en-US":
        "Record each party group's meeting of the month in 会议台账, with the group's name in 党小组 as the member roster writes it. If none was held, hold one every month and record it.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 11 },
        { source: "ZB", articles: [13] },
      ],
    },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{branch}{group}{period:period}没有召开党小组会的记录",
        "en-US": "Party group {group} of {branch} has no group meeting recorded in {period:period}",
      },
    },
  },
  check(context) {
    const { workbook, year } = context;
    const sheet = workbook.meetings?.sheet ?? null;
    for (const branch of context.branches) {
      const groups = groupsOf(workbook, branch, year);
      // A branch without 党小组 holds no 党小组会; nothing is required of it.
      if (groups.length === 0) continue;
      const meetings = branchMeetingsInYear(workbook, branch, year, (m) => isOfType(m, "group"));
      context.countRows(meetings.length);
      for (const group of groups) {
        const own = meetings.filter((m) => countsFor(m, group, groups.length));
        for (const period of periodsOfYear("month", year)) {
          context.period({
            period,
            met: anyInPeriod(own, period),
            branch,
            subject: group,
            sheet,
            messageId: "missing",
            data: { branch, group, period: period.key },
          });
        }
      }
    }
  },
});
