import { periodsOfYear } from "../../calendar/period";
import { defineRule } from "../types";
import { anyInPeriod, meetingsOfType } from "../common/meetings";

export default defineRule({
  meta: {
    id: "meeting-general-quarterly",
    ledger: "meetings",
    requires: ["meetings"],
    reads: { unitInfo: ["year"], meetings: ["branch", "types", "date"] },
    summary: {
      order: 10,
      header: { "zh-CN": "党员大会", "en-US": "General meeting" },
      width: 8,
      show: { kind: "periods", frequency: "quarter" },
    },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "每季度召开支部党员大会", "en-US": "Quarterly branch general meeting" },
    description: {
      "zh-CN": "每个党支部每季度至少召开1次支部党员大会。",
      "en-US": "Every branch holds at least one general meeting of its members each quarter.",
    },
    fix: {
      "zh-CN":
        "在会议台账中登记该季度召开的支部党员大会（会议类型填“支部党员大会”，写明支部和会议日期）。确未召开的，应尽快召开并如实记录，不得补记未召开的会议。",
      "en-US":
        "Record the quarter's general meeting in 会议台账 (type 支部党员大会, with the branch and date). If none was held, hold one soon and record it as it happened; never record a meeting that did not take place.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 11 },
        { source: "ZB", articles: [11] },
      ],
    },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{branch}{period:period}没有召开支部党员大会的记录",
        "en-US": "{branch} has no branch general meeting recorded in {period:period}",
      },
    },
  },
  check(context) {
    const sheet = context.workbook.meetings?.sheet ?? null;
    for (const branch of context.branches) {
      const meetings = meetingsOfType(context.workbook, branch, "general");
      for (const period of periodsOfYear("quarter", context.year)) {
        context.period({
          period,
          met: anyInPeriod(meetings, period),
          branch,
          sheet,
          messageId: "missing",
          data: { branch, period: period.key },
        });
      }
    }
  },
});
