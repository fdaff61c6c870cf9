import { day } from "../../calendar/day";
import { defineRule } from "../types";
import { checkBranchPeriods, isOfType } from "../common/meetings";
import { hasCommittee } from "../common/roster";

export default defineRule({
  meta: {
    id: "meeting-committee-monthly",
    ledger: "meetings",
    requires: ["meetings"],
    reads: {
      unitInfo: ["year"],
      branches: ["hasCommittee"],
      members: ["branch", "memberCategory", "transferredOut", "status", "statusChanged"],
      meetings: ["branch", "types", "date"],
    },
    summary: {
      order: 20,
      header: { "zh-CN": "支委会\n（月）", "en-US": "Committee (months)" },
      width: 9,
      show: { kind: "tally" },
    },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "每月召开支部委员会会议", "en-US": "Monthly branch committee meeting" },
    description: {
      "zh-CN": "设支部委员会的党支部每月至少召开1次支部委员会会议。",
      "en-US": "Every branch with a committee holds at least one committee meeting each month.",
    },
    fix: {
      "zh-CN":
        "在会议台账中登记该月召开的支部委员会会议（会议类型填“支部委员会”）。确未召开的，应按月召开并如实记录。",
      "en-US":
        "Record the month's committee meeting in 会议台账 (type 支部委员会). If none was held, hold one every month and record it.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 11 },
        { source: "ZB", articles: [12] },
      ],
    },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{branch}{period:period}没有召开支部委员会会议的记录",
        "en-US": "{branch} has no branch committee meeting recorded in {period:period}",
      },
    },
  },
  check(context) {
    // Only branches known to have a committee: 是否设支委会, else ≥ 7 正式党员 in the roster.
    // A branch about which neither is known is not required (org-committee-required looks at size).
    // The roster is read on the as-of date, or on the last day of a year that has already ended.
    const onDay = Math.min(context.asOf, day(context.year, 12, 31));
    const branches = context.branches.filter(
      (b) => hasCommittee(context.workbook, b, onDay) === true
    );
    checkBranchPeriods(context, {
      branches,
      frequency: "month",
      accepts: (m) => isOfType(m, "committee"),
      messageId: "missing",
    });
  },
});
