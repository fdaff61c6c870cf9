import type { MeetingRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import {
  countsForYear,
  DEFAULT_REVIEW_DEADLINE,
  reviewPeriod,
  saysAny,
} from "../common/annualMeetings";
import { isOfType } from "../common/meetings";
import { severityOption } from "../common/orgOptions";
import { isUnitLevelBody } from "../common/unitBodies";

/**
 * Whether a 述职评议 row is the 机关党委书记's: its 支部 names the 机关党委 or 党组, or its 主题
 * names the 机关党委 (机关党委书记述职).
 */
function isAgencyReport(meeting: MeetingRecord, words: readonly string[]): boolean {
  return isUnitLevelBody(meeting.branch) || saysAny(meeting.topic, words);
}

export default defineRule({
  meta: {
    id: "meeting-report-review-annual",
    ledger: "meetings",
    requires: ["meetings"],
    reads: {
      unitInfo: ["agencySecretary", "year"],
      branches: ["name", "secretary"],
      meetings: ["branch", "types", "date", "topic"],
    },
    summary: {
      order: 75,
      header: { "zh-CN": "书记述职\n评议", "en-US": "Secretary's report" },
      width: 9,
      show: { kind: "mark" },
    },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "书记述职评议", "en-US": "Secretaries report and are reviewed" },
    description: {
      "zh-CN":
        "机关党委书记每年述职，接受评议考核；坚持和完善党支部书记述职评议制度，每个党支部书记每年述职评议1次。在会议台账中以会议类型“述职评议”记录（可与党员大会等合并，如“支部党员大会（述职评议）”）；次年一季度开展、主题写明“某年度”的计入该年度。",
      "en-US":
        "The agency party committee's secretary reports every year and is reviewed; every branch secretary reports and is reviewed once a year. Recorded in 会议台账 as meeting type 述职评议, alone or combined (支部党员大会（述职评议）); one held in the first quarter of the next year whose topic names the year counts for that year.",
    },
    fix: {
      "zh-CN":
        "在会议台账中登记本年度的述职评议，会议类型写明“述职评议”（可与党员大会合并，如“支部党员大会（述职评议）”）；机关党委书记的述职，主题写明“机关党委”。尚未开展的，应在截止日前开展。",
      "en-US":
        "Record the year's report-and-review in 会议台账 with meeting type 述职评议 (it may be combined, as in 支部党员大会（述职评议）); for the agency party committee's secretary, put 机关党委 in the topic. If it has not been held, hold it before the deadline.",
    },
    clause: {
      citations: [
        {
          source: "SEED",
          clause: 18,
          quote: "机关党委书记…每年…述职，接受评议考核…坚持和完善党支部书记述职评议制度",
        },
      ],
    },
    options: {
      deadline: {
        default: DEFAULT_REVIEW_DEADLINE,
        description: {
          "zh-CN": "年度述职评议最迟在次年的哪一天前开展（月-日，默认03-31）",
          "en-US":
            "The day of the next year by which the year's report is held (MM-DD, default 03-31)",
        },
      },
      branchSeverity: {
        default: "warning",
        description: {
          "zh-CN":
            "党支部书记未开展年度述职评议时的严重程度（文件表述为“坚持和完善制度”，默认提示）",
          "en-US":
            "Severity of a branch secretary's missing report (the opinion speaks of a system to uphold; default warning)",
        },
      },
      agencyTopicKeywords: {
        default: ["机关党委"],
        description: {
          "zh-CN": "述职评议的主题含有这些词语时，视为机关党委书记的述职",
          "en-US": "Topic words that make a 述职评议 the agency secretary's report",
        },
      },
    },
    messages: {
      branchMissing: {
        "zh-CN": "{branch}没有开展{period:period}支部书记述职评议的记录",
        "en-US": "{branch} has no record of its secretary's report and review for {period:period}",
      },
      agencyMissing: {
        "zh-CN": "机关党委书记{person}没有{period:period}述职的记录",
        "en-US":
          "The agency party committee secretary {person} has no report recorded for {period:period}",
      },
    },
  },
  check(context) {
    const { workbook, options, settings, year } = context;
    const sheet = workbook.meetings?.sheet ?? null;
    const words = options.agencyTopicKeywords;
    const reports = (workbook.meetings?.records ?? []).filter(
      (m) => isOfType(m, "report-review") && countsForYear(m, year, options.deadline)
    );
    context.countRows(reports.length);
    const { period, remindFrom } = reviewPeriod(year, options.deadline);
    const branchSeverity = severityOption(options.branchSeverity, "warning");

    for (const branch of workbook.branches?.records ?? []) {
      // A branch without a secretary has nobody to report; a blank name is the reader's finding.
      if (branch.name === "" || !branch.secretary) continue;
      const met = reports.some((m) => m.branch === branch.name && !isAgencyReport(m, words));
      context.period({
        period,
        remindFrom,
        met,
        branch: branch.name,
        person: branch.secretary,
        sheet,
        messageId: "branchMissing",
        data: { branch: branch.name, period: period.key },
        severity: branchSeverity,
      });
    }

    // The 机关党委书记's own report: only when 单位信息 names him or her (the lecture rule asks for it).
    const agency = settings.agencySecretary?.trim() ?? "";
    if (agency === "") return;
    context.period({
      period,
      remindFrom,
      met: reports.some((m) => isAgencyReport(m, words)),
      branch: null,
      person: agency,
      sheet,
      messageId: "agencyMissing",
      data: { person: agency, period: period.key },
    });
  },
});
