import { defineRule } from "../types";
import { checkBranchPeriods, isOfType } from "../common/meetings";

export default defineRule({
  meta: {
    id: "meeting-theme-day-monthly",
    ledger: "meetings",
    requires: ["meetings"],
    reads: { unitInfo: ["year"], meetings: ["branch", "types", "date"] },
    summary: {
      order: 40,
      header: { "zh-CN": "主题党日\n（月）", "en-US": "Theme day (months)" },
      width: 9,
      show: { kind: "tally" },
    },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "每月开展主题党日", "en-US": "Monthly theme party day" },
    description: {
      "zh-CN": "每个党支部每月至少开展1次主题党日活动。",
      "en-US": "Every branch holds at least one theme party day each month.",
    },
    fix: {
      "zh-CN":
        "在会议台账中登记该月开展的主题党日活动（会议类型填“主题党日”）。确未开展的，应按月开展并如实记录。",
      "en-US":
        "Record the month's theme party day in 会议台账 (type 主题党日). If none was held, hold one every month and record it.",
    },
    clause: { citations: [{ source: "JYGL", articles: [16] }] },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{branch}{period:period}没有开展主题党日活动的记录",
        "en-US": "{branch} has no theme party day recorded in {period:period}",
      },
    },
  },
  check(context) {
    checkBranchPeriods(context, {
      branches: context.branches,
      frequency: "month",
      accepts: (m) => isOfType(m, "theme-day"),
      messageId: "missing",
    });
  },
});
