import type { LedgerWorkbook, MeetingRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import { voteSplitOn } from "../shared/membership";
import { type AttendanceCounts, severityOption, votingBounds } from "../shared/quorum";
import { forEachQuorumRow, reportQuorumVerdict } from "../shared/quorumRows";
import { membersOf } from "../shared/roster";

/**
 * How many 预备党员 to set aside from a row's headcounts, or 0. Only headcounts can hold them; and
 * when 应到人数 equals the branch's 正式党员 that day, the officer has already left them out.
 */
function probationaryToSetAside(
  workbook: LedgerWorkbook,
  meeting: MeetingRecord,
  counts: AttendanceCounts
): number {
  if (counts.voting || counts.expectedField !== "expected" || counts.attendedField !== "attended")
    return 0;
  if (!workbook.members || meeting.date === undefined) return 0;
  const split = voteSplitOn(membersOf(workbook, meeting.branch), meeting.date.day);
  if (split.probationary === 0 || counts.expected === split.full) return 0;
  // 应到 smaller than the 预备党员 themselves cannot include them all: leave the figures as they are.
  return counts.expected - split.probationary >= 1 ? split.probationary : 0;
}

export default defineRule({
  meta: {
    id: "meeting-general-quorum",
    ledger: "meetings",
    requires: ["meetings"],
    reads: {
      members: [
        "branch",
        "memberCategory",
        "probationaryAdmitted",
        "transferredIn",
        "transferredOut",
        "status",
        "statusChanged",
      ],
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
    title: { "zh-CN": "支部党员大会到会人数过半", "en-US": "Branch general meeting quorum" },
    description: {
      "zh-CN": "支部党员大会有表决权的到会人数须超过应到会有表决权人数的半数；预备党员没有表决权。",
      "en-US":
        "More than half of the members entitled to vote must attend a branch general meeting; probationary members have no vote.",
    },
    clause: {
      citations: [
        { source: "ZB", articles: [11] },
        { source: "XJ", articles: [5] },
      ],
    },
    options: {
      exactlyHalfSeverity: {
        default: "warning",
        description: {
          "zh-CN": "到会人数恰好为应到人数半数（未超过半数）时的严重程度",
          "en-US": "Severity when attendance is exactly half (not more than half)",
        },
      },
      unconfirmedSeverity: {
        default: "warning",
        description: {
          "zh-CN": "未填有表决权人数、扣除预备党员后无法确认过半时的严重程度",
          "en-US":
            "Severity when, without the voting figures, probationary members leave the quorum in doubt",
        },
      },
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
          "zh-CN": "台账设有人数列但某次党员大会未填应到、实到人数时是否提示",
          "en-US":
            "Whether to flag a general meeting whose attendance figures are blank while the sheet has the columns",
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
          "{branch}{date:date}召开的支部党员大会到会{attended}人，不足应到会{expected}人的半数，会议人数不符合要求",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} of {expected} expected attended, fewer than half",
      },
      exactlyHalf: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会到会{attended}人，恰为应到会{expected}人的半数，未超过半数",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} of {expected} expected attended, exactly half; more than half is required",
      },
      belowHalfAdjusted: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会，按党员名册扣除无表决权的预备党员{probationary}人后，有表决权的到会党员至多{attended}人，不足应到会有表决权党员{expected}人的半数",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: setting aside the roster's {probationary} probationary member(s), who have no vote, at most {attended} of {expected} voting members attended, fewer than half",
      },
      exactlyHalfAdjusted: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会，按党员名册扣除无表决权的预备党员{probationary}人后，有表决权的到会党员至多{attended}人，未超过应到会有表决权党员{expected}人的半数",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: setting aside the roster's {probationary} probationary member(s), who have no vote, at most {attended} of {expected} voting members attended, not more than half",
      },
      unconfirmed: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会实到{attended}人，但未填有表决权人数；按党员名册该支部有预备党员{probationary}人，扣除后有表决权的到会人数可能未超过应到会有表决权党员{expected}人的半数，请补填“应到会有表决权人数”“实到会有表决权人数”",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} attended, but the voting figures are blank; with {probationary} probationary member(s) in the roster, the voting attendance may not exceed half of the {expected} voting members. Please fill in the voting figures",
      },
      attendedExceedsExpected: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会实到{attended}人，多于应到{expected}人，请核对人数",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} attended but only {expected} were expected; please check the figures",
      },
      countsMissing: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会未填写应到、实到人数，无法核对到会人数是否过半",
        "en-US":
          "Branch general meeting of {branch} on {date:date} records no expected and attended figures, so its quorum cannot be checked",
      },
    },
  },
  check(context) {
    const { workbook, options } = context;
    forEachQuorumRow(context, "general", (row) => {
      const { meeting, counts, at, figures } = row;
      const probationary = probationaryToSetAside(workbook, meeting, counts);
      if (probationary === 0) {
        reportQuorumVerdict(context, row);
        return;
      }
      const expectedVoting = counts.expected - probationary;
      const { worst, best, mostVoting } = votingBounds(
        counts.attended,
        expectedVoting,
        probationary
      );
      if (worst === "met") return;
      const adjusted = { ...figures, expected: expectedVoting, probationary };
      if (best === "met") {
        // More than half only if few enough 预备党员 were among those who came: not shown either way.
        context.report({
          ...at,
          messageId: "unconfirmed",
          data: adjusted,
          severity: severityOption(options.unconfirmedSeverity, "warning"),
        });
        return;
      }
      // Not more than half even if no 预备党员 came; exactly half at best keeps half's severity.
      context.report({
        ...at,
        messageId: best === "half" ? "exactlyHalfAdjusted" : "belowHalfAdjusted",
        data: { ...adjusted, attended: mostVoting },
        ...(best === "half"
          ? { severity: severityOption(options.exactlyHalfSeverity, "warning") }
          : {}),
      });
    });
  },
});
