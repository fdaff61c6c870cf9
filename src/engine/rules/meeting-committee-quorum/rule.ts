import { defineRule } from "../types";
import { forEachQuorumRow, reportBelowHalf } from "../common/quorumRows";

export default defineRule({
  meta: {
    id: "meeting-committee-quorum",
    ledger: "meetings",
    requires: ["meetings"],
    reads: {
      meetings: [
        "branch",
        "types",
        "date",
        "expected",
        "attended",
        "expectedVoting",
        "attendedVoting",
      ],
    },
    kind: "row",
    defaultSeverity: "error",
    title: {
      "zh-CN": "支部委员会会议半数以上委员到会",
      "en-US": "Branch committee meeting quorum",
    },
    description: {
      "zh-CN": "支部委员会会议须有半数以上委员到会方可进行；“半数以上”含半数，恰为半数的符合要求。",
      "en-US":
        "At least half of the committee members must attend a branch committee meeting (半数以上 includes half).",
    },
    fix: {
      "zh-CN":
        "核对该次支委会的应到、实到委员人数是否填写准确。到会委员确实不足半数的，会议研究的事项应在半数以上委员到会时重新研究。",
      "en-US":
        "Check the expected and present committee members. If fewer than half really attended, the matters decided must be taken up again with at least half of the members present.",
    },
    clause: {
      citations: [{ source: "ZB", articles: [12], quote: "须有半数以上委员到会方可进行" }],
    },
    options: {
      exceedsSeverity: {
        default: "warning",
        description: {
          "zh-CN": "实到人数多于应到人数（数据有误）时的严重程度",
          "en-US": "Severity when more attended than were expected (a data error)",
        },
      },
      reportMissingCounts: {
        default: true,
        description: {
          "zh-CN": "台账设有人数列但某次支委会未填应到、实到人数时是否提示",
          "en-US":
            "Whether to flag a committee meeting whose attendance figures are blank while the sheet has the columns",
        },
      },
      missingCountsSeverity: {
        default: "warning",
        description: {
          "zh-CN": "未填应到、实到人数时的严重程度",
          "en-US": "Severity when the attendance figures are blank",
        },
      },
    },
    messages: {
      belowHalf: {
        "zh-CN":
          "{branch}{date:date}召开的支部委员会会议到会委员{attended}人，不足应到委员{expected}人的半数，会议不能进行",
        "en-US":
          "Branch committee meeting of {branch} on {date:date}: {attended} of {expected} committee members attended, fewer than half; the meeting could not proceed",
      },
      attendedExceedsExpected: {
        "zh-CN":
          "{branch}{date:date}召开的支部委员会会议实到{attended}人，多于应到{expected}人，请核对人数（列席人员不计入）",
        "en-US":
          "Branch committee meeting of {branch} on {date:date}: {attended} attended but only {expected} were expected; please check the figures (non-voting attendees are not counted)",
      },
      countsMissing: {
        "zh-CN":
          "{branch}{date:date}召开的支部委员会会议未填写应到、实到人数，无法核对到会委员是否过半",
        "en-US":
          "Branch committee meeting of {branch} on {date:date} records no expected and attended figures, so its quorum cannot be checked",
      },
    },
  },
  check(context) {
    // Every 委员 is a 正式党员 with a vote, so the headcounts need no 预备党员 adjustment.
    forEachQuorumRow(context, "committee", (row) => reportBelowHalf(context, row, "belowHalf"));
  },
});
