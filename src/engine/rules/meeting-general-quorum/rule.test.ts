import type { MeetingInput, MemberInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];
const general = (fields: Partial<MeetingInput> = {}): MeetingInput => ({
  branch,
  types: ["general"],
  date: "2024-03-05",
  ...fields,
});
const member = (name: string, fields: Partial<MemberInput> = {}): MemberInput => ({
  name,
  branch,
  memberCategory: "full",
  ...fields,
});
/** 8 正式党员 and 2 预备党员. */
const roster = [
  ...["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"].map((n) => member(`党员${n}`)),
  member("预备壬", { memberCategory: "probationary", probationaryAdmitted: "2023-11-01" }),
  member("预备癸", { memberCategory: "probationary", probationaryAdmitted: "2023-11-01" }),
];
// Columns as the test workbook lays them out: G 应到人数, H 实到人数, I/J the voting figures.
const data = (attended: number, expected: number) => ({
  branch,
  date: "2024-03-05",
  attended,
  expected,
});

const ADMISSION = "讨论接收张某为预备党员";
const ELECTION = "选举产生新一届支部委员会";
const STUDY = "学习党的二十届三中全会精神";

testRule(rule, [
  {
    name: "10 应到 / 6 实到 is more than half",
    workbook: { branches, meetings: [general({ expected: 10, attended: 6 })] },
  },
  {
    name: "10 应到 / 5 实到 is exactly half: 半数以上 includes half, so it passes",
    workbook: {
      branches,
      meetings: [
        general({ expected: 10, attended: 5, topic: STUDY }),
        general({ expected: 10, attended: 5, topic: ELECTION }),
      ],
    },
  },
  {
    name: "exactly half at a meeting admitting a probationary member → error (须超过半数)",
    workbook: { branches, meetings: [general({ expected: 10, attended: 5, topic: ADMISSION })] },
    findings: [
      {
        messageId: "exactlyHalfAdmission",
        severity: "error",
        kind: "row",
        sheet: "会议台账",
        row: 2,
        column: "H",
        branch,
        data: data(5, 10),
      },
    ],
  },
  {
    name: "预备党员转正 needs more than half too; 6 of 10 passes",
    workbook: {
      branches,
      meetings: [
        general({ expected: 10, attended: 5, topic: "讨论李某预备党员转正" }),
        general({ expected: 10, attended: 6, topic: "讨论李某预备党员转正" }),
      ],
    },
    findings: [{ messageId: "exactlyHalfConfirmation", row: 2 }],
  },
  {
    name: "fewer than half at a meeting that votes → error",
    workbook: {
      branches,
      meetings: [
        general({ expected: 10, attended: 4, topic: ELECTION }),
        general({ expected: 10, attended: 4, topic: "给予王某党内警告处分" }),
        general({ expected: 10, attended: 4, topic: "民主评议党员" }),
        general({ expected: 10, attended: 4, topic: ADMISSION }),
      ],
    },
    findings: [
      { messageId: "belowHalfVote", severity: "error", row: 2, data: data(4, 10) },
      { messageId: "belowHalfVote", severity: "error", row: 3 },
      { messageId: "belowHalfVote", severity: "error", row: 4 },
      { messageId: "belowHalfAdmission", severity: "error", row: 5 },
    ],
  },
  {
    name: "fewer than half at a meeting without a vote → warning",
    workbook: { branches, meetings: [general({ expected: 10, attended: 4, topic: STUDY })] },
    findings: [
      { messageId: "belowHalf", severity: "warning", row: 2, column: "H", data: data(4, 10) },
    ],
  },
  {
    name: "the no-vote severity is an option; a value that is not a severity falls back to warning",
    workbook: { branches, meetings: [general({ expected: 10, attended: 4 })] },
    options: { noVoteSeverity: "严重" },
    findings: [{ messageId: "belowHalf", severity: "warning" }],
  },
  {
    name: "odd 应到: 9 / 5 passes, 9 / 4 fails",
    workbook: {
      branches,
      meetings: [general({ expected: 9, attended: 5 }), general({ expected: 9, attended: 4 })],
    },
    findings: [{ messageId: "belowHalf", row: 3 }],
  },
  {
    name: "the voting figures win over the headcounts and the finding points at 实到会有表决权人数",
    workbook: {
      branches,
      meetings: [general({ expected: 12, attended: 9, expectedVoting: 10, attendedVoting: 4 })],
    },
    findings: [{ messageId: "belowHalf", column: "J", data: data(4, 10) }],
  },
  {
    name: "with one voting figure missing, each missing one falls back to its headcount",
    workbook: {
      branches,
      meetings: [
        general({ expectedVoting: 8, attended: 3 }),
        general({ expected: 10, attendedVoting: 6 }),
        general({ expected: 10, attendedVoting: 4 }),
      ],
    },
    findings: [
      { messageId: "belowHalf", row: 2, column: "H", data: data(3, 8) },
      { messageId: "belowHalf", row: 4, column: "J", data: data(4, 10) },
    ],
  },
  {
    name: "赞成人数 must exceed half of the voting members expected: 5 of 10 fails, 6 passes",
    workbook: {
      branches,
      meetings: [
        general({ expected: 10, attended: 8, approvals: 5, topic: ADMISSION }),
        general({ expected: 10, attended: 8, approvals: 6, topic: ADMISSION }),
        general({ expected: 10, attended: 8, approvals: 5, topic: ELECTION }),
        general({ expected: 10, attended: 8, approvals: 3, topic: STUDY }),
      ],
    },
    findings: [
      {
        messageId: "approvalsAdmission",
        severity: "error",
        row: 2,
        column: "K",
        data: { branch, date: "2024-03-05", approvals: 5, expected: 10 },
      },
      { messageId: "approvalsVote", row: 4 },
    ],
  },
  {
    name: "赞成人数 is not checked again when the quorum already failed (one fact, one finding)",
    workbook: {
      branches,
      meetings: [general({ expected: 10, attended: 5, approvals: 5, topic: ADMISSION })],
    },
    findings: [{ messageId: "exactlyHalfAdmission" }],
  },
  {
    name: "members away (出国（境）, 因病) on the day: a quorum missed only by counting them is a reminder",
    workbook: {
      branches,
      members: [
        ...roster.slice(0, 6),
        member("党员庚", { status: "abroad", statusChanged: "2024-01-10" }),
        member("党员辛", { status: "long-ill" }),
      ],
      meetings: [
        general({ expected: 8, attended: 3, topic: ELECTION }),
        general({ expected: 8, attended: 2, topic: ELECTION }),
      ],
    },
    findings: [
      {
        messageId: "awayNotCounted",
        severity: "reminder",
        row: 2,
        data: { ...data(3, 8), away: 2 },
      },
      { messageId: "belowHalfVote", severity: "error", row: 3 },
    ],
  },
  {
    name: "without voting figures, roster 预备党员 that may have attended leave the quorum unconfirmed",
    workbook: { branches, members: roster, meetings: [general({ expected: 10, attended: 5 })] },
    findings: [
      {
        messageId: "unconfirmed",
        severity: "warning",
        column: "H",
        data: { branch, date: "2024-03-05", attended: 5, expected: 8, probationary: 2 },
      },
    ],
  },
  {
    name: "enough 正式党员 attended even if every 预备党员 came → pass",
    workbook: { branches, members: roster, meetings: [general({ expected: 10, attended: 7 })] },
  },
  {
    name: "at best exactly half of the voting members: unconfirmed, or an error when admitting",
    workbook: {
      branches,
      members: roster,
      meetings: [
        general({ expected: 10, attended: 4 }),
        general({ expected: 10, attended: 4, topic: ADMISSION }),
      ],
    },
    findings: [
      { messageId: "unconfirmed", severity: "warning", row: 2 },
      {
        messageId: "exactlyHalfAdmissionAdjusted",
        severity: "error",
        row: 3,
        data: { branch, date: "2024-03-05", attended: 4, expected: 8, probationary: 2 },
      },
    ],
  },
  {
    name: "too few even if no 预备党员 came → below half against the voting members",
    workbook: {
      branches,
      members: roster,
      meetings: [
        general({ expected: 10, attended: 3 }),
        general({ expected: 10, attended: 3, topic: ELECTION }),
      ],
    },
    findings: [
      {
        messageId: "belowHalfAdjusted",
        severity: "warning",
        data: { branch, date: "2024-03-05", attended: 3, expected: 8, probationary: 2 },
      },
      { messageId: "belowHalfVoteAdjusted", severity: "error" },
    ],
  },
  {
    name: "应到 equal to the 正式党员 count already leaves the 预备党员 out",
    workbook: { branches, members: roster, meetings: [general({ expected: 8, attended: 5 })] },
  },
  {
    name: "预备党员 admitted after the meeting were not members then",
    workbook: {
      branches,
      members: roster.map((m) =>
        m.memberCategory === "probationary" ? { ...m, probationaryAdmitted: "2024-06-01" } : m
      ),
      meetings: [general({ expected: 10, attended: 6 })],
    },
  },
  {
    name: "a full member admitted less than a year before the meeting was still 预备党员 then",
    workbook: {
      branches,
      members: [...roster.slice(0, 8), member("新党员", { probationaryAdmitted: "2023-09-01" })],
      meetings: [general({ expected: 9, attended: 4 })],
    },
    findings: [
      {
        messageId: "unconfirmed",
        data: { branch, date: "2024-03-05", attended: 4, expected: 8, probationary: 1 },
      },
    ],
  },
  {
    name: "another branch's 预备党员 do not count",
    workbook: {
      branches,
      members: roster.map((m) => ({ ...m, branch: "第二党支部" })),
      meetings: [general({ expected: 10, attended: 6 })],
    },
  },
  {
    name: "实到 more than 应到 is a data error → warning, no quorum verdict",
    workbook: { branches, meetings: [general({ expected: 10, attended: 11 })] },
    findings: [
      {
        messageId: "attendedExceedsExpected",
        severity: "warning",
        column: "H",
        data: data(11, 10),
      },
    ],
  },
  {
    name: "blank figures are flagged when the sheet has the columns",
    workbook: { branches, meetings: [general({ expected: 10 })] },
    findings: [
      {
        messageId: "countsMissing",
        severity: "warning",
        row: 2,
        column: "H",
        data: { branch, date: "2024-03-05" },
      },
    ],
  },
  {
    name: "blank figures are not flagged when switched off",
    workbook: { branches, meetings: [general()] },
    options: { reportMissingCounts: false },
  },
  {
    name: "an unreadable figure is left to structure-unreadable-cell",
    workbook: {
      branches,
      meetings: [general({ expected: 10 })],
      issues: [
        {
          type: "unreadable-cell",
          ledger: "meetings",
          sheet: "会议台账",
          row: 2,
          column: "H",
          field: "attended",
          header: "实到人数",
          text: "十来个",
          blank: false,
          expected: "count",
        },
      ],
    },
  },
  {
    name: "a combined 党员大会、党课 row is checked; other meeting types are not",
    workbook: {
      branches,
      meetings: [
        general({ types: ["general", "lecture"], expected: 10, attended: 4 }),
        general({ types: ["committee"], expected: 5, attended: 1 }),
      ],
    },
    findings: [{ messageId: "belowHalf", row: 2 }],
  },
  {
    name: "rows of every year are checked (row rules do not filter by year)",
    workbook: { branches, meetings: [general({ date: "2023-12-20", expected: 10, attended: 4 })] },
    findings: [
      { messageId: "belowHalf", data: { branch, date: "2023-12-20", attended: 4, expected: 10 } },
    ],
  },
]);
