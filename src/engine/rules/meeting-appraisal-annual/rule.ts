import type { MeetingRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import { checkBranchPeriods, isOfType } from "../shared/meetings";

/** Whether a 组织生活会 or 党员大会 row says in its 主题 that members were appraised there. */
function appraisedAt(meeting: MeetingRecord, keywords: readonly string[]): boolean {
  if (!isOfType(meeting, "org-life") && !isOfType(meeting, "general")) return false;
  const topic = meeting.topic ?? "";
  return keywords.some((k) => k !== "" && topic.includes(k));
}

export default defineRule({
  meta: {
    id: "meeting-appraisal-annual",
    ledger: "meetings",
    requires: ["meetings"],
    reads: { unitInfo: ["year"], meetings: ["branch", "types", "date", "topic"] },
    summary: {
      order: 70,
      header: { "zh-CN": "民主评议", "en-US": "Member appraisal" },
      width: 9,
      show: { kind: "mark" },
    },
    kind: "period",
    defaultSeverity: "warning",
    title: { "zh-CN": "每年开展民主评议党员", "en-US": "Annual democratic appraisal of members" },
    description: {
      "zh-CN": "每个党支部每年至少开展1次民主评议党员，可结合组织生活会进行。",
      "en-US":
        "Every branch appraises its members democratically at least once a year, possibly at its organisational life meeting.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 12 },
        { source: "JYGL", articles: [18] },
      ],
    },
    options: {
      topicKeywords: {
        default: ["民主评议"],
        description: {
          "zh-CN": "组织生活会或支部党员大会的主题含有这些词时，视为同时开展了民主评议党员",
          "en-US":
            "Words that, in the topic of an organisational life or general meeting, show members were appraised there",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN": "{branch}{period:period}没有开展民主评议党员的记录",
        "en-US": "{branch} has no democratic appraisal of members recorded in {period:period}",
      },
    },
  },
  check(context) {
    const keywords = context.options.topicKeywords;
    checkBranchPeriods(context, {
      branches: context.branches,
      frequency: "year",
      accepts: (m) => isOfType(m, "appraisal") || appraisedAt(m, keywords),
      messageId: "missing",
    });
  },
});
