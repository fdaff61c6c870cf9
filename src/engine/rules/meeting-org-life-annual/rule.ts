import { defineRule } from "../types";
import { checkBranchPeriods, isOfType } from "../shared/meetings";

export default defineRule({
  meta: {
    id: "meeting-org-life-annual",
    ledger: "meetings",
    requires: ["meetings"],
    reads: { unitInfo: ["year"], meetings: ["branch", "types", "date"] },
    summary: {
      order: 60,
      header: { "zh-CN": "组织生活会", "en-US": "Org. life meeting" },
      width: 9,
      show: { kind: "mark" },
    },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "每年召开组织生活会", "en-US": "Annual organisational life meeting" },
    description: {
      "zh-CN": "每个党支部每年至少召开1次组织生活会。",
      "en-US": "Every branch holds at least one organisational life meeting each year.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 3 },
        { source: "JYGL", articles: [17] },
      ],
    },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{branch}{period:period}没有召开组织生活会的记录",
        "en-US": "{branch} has no organisational life meeting recorded in {period:period}",
      },
    },
  },
  check(context) {
    checkBranchPeriods(context, {
      branches: context.branches,
      frequency: "year",
      accepts: (m) => isOfType(m, "org-life"),
      messageId: "missing",
    });
  },
});
