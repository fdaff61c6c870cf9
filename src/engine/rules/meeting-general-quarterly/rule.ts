import { periodsOfYear } from "../../calendar/period";
import { defineRule } from "../types";
import { anyInPeriod, meetingsOfType } from "../shared/meetings";

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
