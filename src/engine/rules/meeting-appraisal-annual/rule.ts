import type { MeetingRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import {
  checkAnnualReview,
  DEFAULT_REVIEW_DEADLINE,
  isHeldAs,
  saysAny,
} from "../common/annualMeetings";
import { isOfType } from "../common/meetings";

/**
 * Whether members were appraised at the row: a 民主评议党员 row, or a 组织生活会, 党员大会, 支委会
 * or 党小组会 whose 主题 says so.
 */
function appraisedAt(meeting: MeetingRecord, keywords: readonly string[]): boolean {
  if (isOfType(meeting, "appraisal")) return true;
  return (isOfType(meeting, "org-life") || isHeldAs(meeting)) && saysAny(meeting.topic, keywords);
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
      "zh-CN":
        "每个党支部每年至少开展1次民主评议党员，可结合组织生活会、党员大会、支委会或党小组会进行（主题写明民主评议）。次年一季度开展、主题写明“某年度”的，计入该年度；截止日（默认次年3月31日）前未开展的为提醒。",
      "en-US":
        "Every branch appraises its members democratically at least once a year, possibly at its organisational life, general, committee or group meeting (its topic says so). One held in the first quarter of the next year whose topic names the year counts for that year; before the deadline it is a reminder.",
    },
    fix: {
      "zh-CN":
        "在会议台账中登记本年度民主评议党员的会议，主题写明“民主评议”（可结合组织生活会开展）。尚未开展的，应在截止日前开展并如实记录。",
      "en-US":
        "Record the meeting at which members were appraised in 会议台账 with 民主评议 in its topic (it may be held with the organisational life meeting). If it has not been held, hold it before the deadline and record it.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 12 },
        { source: "JYGL", articles: [18] },
      ],
    },
    options: {
      deadline: {
        default: DEFAULT_REVIEW_DEADLINE,
        description: {
          "zh-CN": "年度民主评议党员最迟在次年的哪一天前开展（月-日，默认03-31）",
          "en-US":
            "The day of the next year by which the year's appraisal is held (MM-DD, default 03-31)",
        },
      },
      topicKeywords: {
        default: ["民主评议"],
        description: {
          "zh-CN":
            "组织生活会、党员大会、支委会或党小组会的主题含有这些词语时，视为同时开展了民主评议党员",
          "en-US":
            "Words that, in the topic of an organisational life, general, committee or group meeting, show members were appraised there",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN": "{branch}没有开展{period:period}民主评议党员的记录",
        "en-US": "{branch} has no democratic appraisal of members recorded for {period:period}",
      },
    },
  },
  check(context) {
    const keywords = context.options.topicKeywords;
    checkAnnualReview(context, (m) => appraisedAt(m, keywords), "missing");
  },
});
