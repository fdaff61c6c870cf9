import { defineRule } from "../types";
import {
  checkAnnualReview,
  DEFAULT_REVIEW_DEADLINE,
  isOrgLife,
  ORG_LIFE_TOPIC_WORDS,
} from "../common/annualMeetings";

export default defineRule({
  meta: {
    id: "meeting-org-life-annual",
    ledger: "meetings",
    requires: ["meetings"],
    reads: { unitInfo: ["year"], meetings: ["branch", "types", "date", "topic"] },
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
      "zh-CN":
        "每个党支部每年至少召开1次组织生活会（可以党员大会、支委会或党小组会形式召开，主题写明组织生活会）。年度组织生活会在次年一季度召开、主题写明“某年度”的，计入该年度；截止日（默认次年3月31日）前未召开的为提醒，逾期为不符合。",
      "en-US":
        "Every branch holds at least one organisational life meeting a year (it may be held as a general, committee or group meeting whose topic says so). One held in the first quarter of the next year whose topic names the year counts for that year; before the deadline (31 March of the next year by default) a missing one is a reminder, after it an error.",
    },
    fix: {
      "zh-CN":
        "在会议台账中登记本年度的组织生活会，主题写明“组织生活会”（次年一季度召开的，写明“××年度”）。尚未召开的，应在截止日前召开并如实记录。",
      "en-US":
        "Record the year's organisational life meeting in 会议台账 with 组织生活会 in its topic (one held early next year names the year, ××年度). If it has not been held, hold it before the deadline and record it.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 3 },
        { source: "JYGL", articles: [17] },
      ],
    },
    options: {
      deadline: {
        default: DEFAULT_REVIEW_DEADLINE,
        description: {
          "zh-CN": "年度组织生活会最迟在次年的哪一天前召开（月-日，默认03-31）",
          "en-US":
            "The day of the next year by which the year's meeting is held (MM-DD, default 03-31)",
        },
      },
      topicKeywords: {
        default: ORG_LIFE_TOPIC_WORDS,
        description: {
          "zh-CN": "党员大会、支委会或党小组会的主题含有这些词语时，视为召开了组织生活会",
          "en-US":
            "Words that, in the topic of a general, committee or group meeting, make it an organisational life meeting",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN": "{branch}没有召开{period:period}组织生活会的记录",
        "en-US": "{branch} has no organisational life meeting recorded for {period:period}",
      },
    },
  },
  check(context) {
    const words = context.options.topicKeywords;
    checkAnnualReview(context, (m) => isOrgLife(m, words), "missing");
  },
});
