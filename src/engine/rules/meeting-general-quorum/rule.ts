import type { LedgerWorkbook, MeetingRecord } from "../../model/ledgers";
import type { Localized } from "../../i18n/locale";
import { defineRule, type RuleContext } from "../types";
import { isAwayOn, isMemberOn, voteSplitOn } from "../common/membership";
import {
  type AttendanceCounts,
  DEFAULT_ADMISSION_WORDS,
  DEFAULT_CONFIRMATION_WORDS,
  DEFAULT_VOTE_WORDS,
  meetingVote,
  type MeetingVote,
  meetsQuorum,
  quorumVerdict,
  severityOption,
  votingBounds,
} from "../common/quorum";
import { messageTable } from "../common/messageTable";
import { forEachQuorumRow, type QuorumRow } from "../common/quorumRows";
import { membersOf } from "../common/roster";
import type { Severity, RuleOptions } from "../../basics";

type Options = RuleOptions & {
  noVoteSeverity: string;
  unconfirmedSeverity: string;
  exceedsSeverity: string;
  reportMissingCounts: boolean;
  missingCountsSeverity: string;
  admissionTopicKeywords: readonly string[];
  confirmationTopicKeywords: readonly string[];
  voteTopicKeywords: readonly string[];
};

type StrictKind = "Admission" | "Confirmation";
/** What a missed quorum is about: a strict meeting, another vote, or none ("" — a study session). */
type QuorumKind = StrictKind | "Vote" | "";
const STRICT_KINDS: readonly StrictKind[] = ["Admission", "Confirmation"];
/** The roster's 预备党员 set aside from the figures ("Adjusted") or not (""). */
type Adjustment = "" | "Adjusted";
type StrictMessageId =
  `${"belowHalf" | "exactlyHalf"}${StrictKind}${Adjustment}` | `approvals${StrictKind}`;

/** The meeting as the strict messages name it, by what it decided. */
const STRICT_MEETINGS: Record<StrictKind, Localized> = {
  Admission: { "zh-CN": "讨论接收预备党员的", "en-US": "on admitting a probationary member" },
  Confirmation: { "zh-CN": "讨论预备党员转正的", "en-US": "on confirming a probationary member" },
};

/** How the attendance is stated, with the roster's 预备党员 set aside or not. */
const ASIDE: Record<Adjustment, Localized> = {
  Adjusted: {
    "zh-CN":
      "按党员名册扣除无表决权的预备党员{probationary}人后，有表决权的到会党员至多{attended}人",
    "en-US":
      "setting aside the roster's {probationary} probationary member(s), who have no vote, at most {attended}",
  },
  "": { "zh-CN": "有表决权的到会党员{attended}人", "en-US": "{attended}" },
};

/**
 * The messages for meetings that admit or confirm a probationary member: fewer than half or exactly
 * half present (with the roster's 预备党员 set aside or not), and too few in favour.
 */
function strictMessages(): Record<StrictMessageId, Localized> {
  return messageTable<StrictMessageId>(
    STRICT_KINDS.flatMap((kind) => {
      const zh = STRICT_MEETINGS[kind]["zh-CN"];
      const en = STRICT_MEETINGS[kind]["en-US"];
      const attendance = (["", "Adjusted"] as const).flatMap((suffix) => {
        const aside = ASIDE[suffix];
        return [
          [
            `belowHalf${kind}${suffix}`,
            {
              "zh-CN": `{branch}{date:date}召开的${zh}支部党员大会，${aside["zh-CN"]}，不足应到{expected}人的半数；讨论接收预备党员、预备党员转正，到会人数须超过应到会有表决权人数的半数`,
              "en-US": `Branch general meeting of {branch} on {date:date} ${en}: ${aside["en-US"]} of {expected} voting members attended, fewer than half; such a meeting needs more than half`,
            },
          ] as const,
          [
            `exactlyHalf${kind}${suffix}`,
            {
              "zh-CN": `{branch}{date:date}召开的${zh}支部党员大会，${aside["zh-CN"]}，恰为应到{expected}人的半数；讨论接收预备党员、预备党员转正，到会人数须超过应到会有表决权人数的半数`,
              "en-US": `Branch general meeting of {branch} on {date:date} ${en}: ${aside["en-US"]} of {expected} voting members attended, exactly half; such a meeting needs more than half`,
            },
          ] as const,
        ];
      });
      const approvals = [
        `approvals${kind}`,
        {
          "zh-CN": `{branch}{date:date}召开的${zh}支部党员大会赞成{approvals}人，未超过应到会有表决权党员{expected}人的半数，决议不能通过`,
          "en-US": `Branch general meeting of {branch} on {date:date} ${en}: {approvals} in favour, not more than half of the {expected} voting members; the resolution cannot pass`,
        },
      ] as const;
      return [...attendance, approvals];
    })
  );
}

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

/**
 * Members of the branch away on the meeting day (出国（境）, 流动, 挂职借调, 因病长期不能参加): with
 * the 党员大会's consent they may be left out of 应到会人数 (XJ), so a quorum missed only by
 * counting them is a reminder.
 */
function awayOn(workbook: LedgerWorkbook, meeting: MeetingRecord): number {
  if (!workbook.members || meeting.date === undefined) return 0;
  const day = meeting.date.day;
  return membersOf(workbook, meeting.branch).filter((m) => isMemberOn(m, day) && isAwayOn(m, day))
    .length;
}

/** The message key part and severity of a missed quorum, by what the meeting decides. */
function missedQuorum(
  vote: MeetingVote,
  options: Options
): { kind: QuorumKind; severity?: Severity } {
  switch (vote) {
    case "admission":
      return { kind: "Admission" };
    case "confirmation":
      return { kind: "Confirmation" };
    case "vote":
      return { kind: "Vote" };
    case "none":
      return { kind: "", severity: severityOption(options.noVoteSeverity, "warning") };
  }
}

/**
 * The message of a missed quorum. Exactly half misses only at a strict meeting (半数以上 includes
 * half for every other), so the other kinds have "belowHalf" messages only.
 */
function missedQuorumId(
  kind: QuorumKind,
  half: boolean,
  adjustment: Adjustment
):
  | `${"belowHalf" | "exactlyHalf"}${StrictKind}${Adjustment}`
  | `belowHalf${"Vote" | ""}${Adjustment}` {
  if (kind === "Admission" || kind === "Confirmation")
    return `${half ? "exactlyHalf" : "belowHalf"}${kind}${adjustment}`;
  return `belowHalf${kind}${adjustment}`;
}

function judge(context: RuleContext<Options>, row: QuorumRow): void {
  const { workbook, options } = context;
  const { meeting, counts, at, figures } = row;
  const vote = meetingVote(meeting.topic, {
    admission: options.admissionTopicKeywords,
    confirmation: options.confirmationTopicKeywords,
    vote: options.voteTopicKeywords,
  });
  const probationary = probationaryToSetAside(workbook, meeting, counts);
  const expected = counts.expected - probationary;
  // Without 预备党员 to set aside, the bounds are the figures themselves.
  const { worst, best, mostVoting } = votingBounds(counts.attended, expected, probationary);
  const adjusted: Record<string, number> = probationary > 0 ? { probationary } : {};

  if (meetsQuorum(worst, vote)) {
    checkApprovals(context, row, vote, expected);
    return;
  }
  if (meetsQuorum(best, vote)) {
    // Enough only if few enough 预备党员 were among those who came: not shown either way.
    context.report({
      ...at,
      messageId: "unconfirmed",
      data: { ...figures, expected, probationary },
      severity: severityOption(options.unconfirmedSeverity, "warning"),
    });
    return;
  }
  const { kind, severity } = missedQuorum(vote, options);
  const half = best === "half";
  const data = { ...figures, expected, attended: mostVoting, ...adjusted };
  const away = awayOn(workbook, meeting);
  if (away > 0 && meetsQuorum(quorumVerdict(mostVoting, expected - away), vote)) {
    context.report({
      ...at,
      messageId: "awayNotCounted",
      data: { ...data, away },
      severity: "reminder",
    });
    return;
  }
  context.report({
    ...at,
    messageId: missedQuorumId(kind, half, probationary > 0 ? "Adjusted" : ""),
    data,
    ...(severity ? { severity } : {}),
  });
}

/**
 * 赞成人数, where the ledger records it, must exceed half of those expected with a vote (发展党员
 * 工作细则 第二十一条; for elections XJ). Checked only when the quorum is met: otherwise the quorum
 * finding already says the resolution could not pass.
 */
function checkApprovals(
  context: RuleContext<Options>,
  row: QuorumRow,
  vote: MeetingVote,
  expected: number
): void {
  const { meeting, at, figures } = row;
  if (vote === "none" || meeting.approvals === undefined) return;
  if (meeting.approvals * 2 > expected) return;
  context.report({
    ...at,
    column: context.workbook.meetings?.columns.approvals ?? at.column,
    messageId:
      vote === "admission"
        ? "approvalsAdmission"
        : vote === "confirmation"
          ? "approvalsConfirmation"
          : "approvalsVote",
    data: { branch: figures.branch, date: figures.date, approvals: meeting.approvals, expected },
  });
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
        "topic",
        "expected",
        "attended",
        "expectedVoting",
        "attendedVoting",
        "approvals",
      ],
    },
    kind: "row",
    defaultSeverity: "error",
    title: {
      "zh-CN": "支部党员大会到会和表决人数",
      "en-US": "Branch general meeting quorum and votes",
    },
    description: {
      "zh-CN":
        "支部党员大会进行表决，须有半数以上有表决权的党员到会（含半数）；讨论接收预备党员、预备党员转正的，到会人数须超过应到会有表决权人数的半数，赞成人数须超过应到会有表决权党员的半数。预备党员没有表决权。",
      "en-US":
        "A branch general meeting that votes needs at least half of its voting members present (half included); one that admits or confirms a probationary member needs more than half present and more than half of the voting members in favour. Probationary members have no vote.",
    },
    fix: {
      "zh-CN":
        "核对该次党员大会的应到、实到（有表决权）人数和赞成人数是否填写准确，预备党员不计入有表决权人数。到会人数确实不足的，该次会议的表决（接收预备党员、转正、选举等）应在到会人数符合规定的会议上重新进行。",
      "en-US":
        "Check the expected, present (voting) and in-favour counts of the meeting; probationary members have no vote. If attendance really was short, the vote (admission, confirmation, election…) must be taken again at a meeting with enough members present.",
    },
    clause: {
      citations: [
        { source: "ZB", articles: [11] },
        { source: "FZ", articles: [20, 21, 33] },
        { source: "XJ", articles: [5] },
      ],
    },
    options: {
      noVoteSeverity: {
        default: "warning",
        description: {
          "zh-CN":
            "不进行表决的党员大会（议题不涉及选举、表决、接收预备党员等）到会不足半数时的严重程度",
          "en-US":
            "Severity when fewer than half attended a general meeting that takes no vote (its topic names no election, vote or admission)",
        },
      },
      unconfirmedSeverity: {
        default: "warning",
        description: {
          "zh-CN": "未填有表决权人数、扣除预备党员后无法确认到会人数是否足够时的严重程度",
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
      confirmationTopicKeywords: {
        default: DEFAULT_CONFIRMATION_WORDS,
        description: {
          "zh-CN": "主题（议题）含有这些词语的，视为讨论预备党员转正（到会须超过半数）",
          "en-US":
            "Topic words that mark a meeting confirming a probationary member (more than half must attend)",
        },
      },
      admissionTopicKeywords: {
        default: DEFAULT_ADMISSION_WORDS,
        description: {
          "zh-CN":
            "主题（议题）含有这些词语的，视为讨论接收预备党员或预备党员转正（到会须超过半数）",
          "en-US":
            "Topic words that mark a meeting admitting a probationary member (more than half must attend); … stands for any text between",
        },
      },
      voteTopicKeywords: {
        default: DEFAULT_VOTE_WORDS,
        description: {
          "zh-CN": "主题（议题）含有这些词语的，视为进行表决的会议（到会不足半数为不符合）",
          "en-US":
            "Topic words that mark a meeting that votes (fewer than half present is an error)",
        },
      },
    },
    messages: {
      ...strictMessages(),
      belowHalf: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会到会{attended}人，不足应到{expected}人的半数",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} of {expected} expected attended, fewer than half",
      },
      belowHalfVote: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会议题涉及表决，有表决权的到会党员{attended}人，不足应到{expected}人的半数，不能进行表决",
        "en-US":
          "Branch general meeting of {branch} on {date:date} took a vote with {attended} of {expected} voting members present, fewer than half; no vote could be taken",
      },
      belowHalfAdjusted: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会，按党员名册扣除无表决权的预备党员{probationary}人后，有表决权的到会党员至多{attended}人，不足应到{expected}人的半数",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: setting aside the roster's {probationary} probationary member(s), who have no vote, at most {attended} of {expected} voting members attended, fewer than half",
      },
      belowHalfVoteAdjusted: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会议题涉及表决，按党员名册扣除无表决权的预备党员{probationary}人后，有表决权的到会党员至多{attended}人，不足应到{expected}人的半数，不能进行表决",
        "en-US":
          "Branch general meeting of {branch} on {date:date} took a vote: setting aside the roster's {probationary} probationary member(s), at most {attended} of {expected} voting members attended, fewer than half; no vote could be taken",
      },
      unconfirmed: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会实到{attended}人，但未填有表决权人数；按党员名册该支部有预备党员{probationary}人，扣除后有表决权的到会人数可能不足应到{expected}人的规定比例，请补填“应到会有表决权人数”“实到会有表决权人数”",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} attended, but the voting figures are blank; with {probationary} probationary member(s) in the roster, the voting attendance may fall short of the {expected} voting members' quorum. Please fill in the voting figures",
      },
      awayNotCounted: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会到会{attended}人，按应到{expected}人计算未达到规定人数；党员名册中该支部有出国（境）、挂职借调、因病长期不能参加等党员{away}人，经党员大会同意可不计入应到会人数，请在会议记录中注明",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} of {expected} attended, short of the quorum; the roster shows {away} member(s) abroad, seconded or long ill, whom the meeting may agree to leave out of the count. Please note this in the minutes",
      },
      approvalsVote: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会表决事项赞成{approvals}人，未超过应到会有表决权党员{expected}人的半数，决议不能通过",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {approvals} in favour, not more than half of the {expected} voting members; the resolution cannot pass",
      },
      attendedExceedsExpected: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会实到{attended}人，多于应到{expected}人，请核对人数",
        "en-US":
          "Branch general meeting of {branch} on {date:date}: {attended} attended but only {expected} were expected; please check the figures",
      },
      countsMissing: {
        "zh-CN":
          "{branch}{date:date}召开的支部党员大会未填写应到、实到人数，无法核对到会人数是否达到规定",
        "en-US":
          "Branch general meeting of {branch} on {date:date} records no expected and attended figures, so its quorum cannot be checked",
      },
    },
  },
  check(context) {
    forEachQuorumRow(context, "general", (row) => judge(context, row));
  },
});
