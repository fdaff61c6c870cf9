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

testRule(rule, [
  {
    name: "10 应到 / 6 实到 is more than half",
    workbook: { branches, meetings: [general({ expected: 10, attended: 6 })] },
  },
  {
    name: "10 应到 / 5 实到 is exactly half → warning on the attendance cell",
    workbook: { branches, meetings: [general({ expected: 10, attended: 5 })] },
    findings: [
      {
        messageId: "exactlyHalf",
        severity: "warning",
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
    name: "10 应到 / 4 实到 is fewer than half → error",
    workbook: { branches, meetings: [general({ expected: 10, attended: 4 })] },
    findings: [
      { messageId: "belowHalf", severity: "error", row: 2, column: "H", data: data(4, 10) },
    ],
  },
  {
    name: "exactly half takes the configured severity",
    workbook: { branches, meetings: [general({ expected: 10, attended: 5 })] },
    options: { exactlyHalfSeverity: "error" },
    findings: [{ messageId: "exactlyHalf", severity: "error" }],
  },
  {
    name: "a severity option that is not a severity falls back to warning",
    workbook: { branches, meetings: [general({ expected: 10, attended: 5 })] },
    options: { exactlyHalfSeverity: "严重" },
    findings: [{ messageId: "exactlyHalf", severity: "warning" }],
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
      meetings: [general({ expected: 12, attended: 9, expectedVoting: 10, attendedVoting: 5 })],
    },
    findings: [{ messageId: "exactlyHalf", column: "J", data: data(5, 10) }],
  },
  {
    name: "voting figures more than half pass although the headcounts are exactly half",
    workbook: {
      branches,
      members: roster,
      meetings: [general({ expected: 10, attended: 5, expectedVoting: 8, attendedVoting: 5 })],
    },
  },
  {
    name: "with one voting figure missing, each missing one falls back to its headcount",
    workbook: {
      branches,
      meetings: [
        general({ expectedVoting: 8, attended: 4 }),
        general({ expected: 10, attendedVoting: 6 }),
        general({ expected: 10, attendedVoting: 4 }),
      ],
    },
    findings: [
      { messageId: "exactlyHalf", row: 2, column: "H", data: data(4, 8) },
      { messageId: "belowHalf", row: 4, column: "J", data: data(4, 10) },
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
    name: "at best exactly half of the voting members → exactly-half severity",
    workbook: { branches, members: roster, meetings: [general({ expected: 10, attended: 4 })] },
    findings: [
      {
        messageId: "exactlyHalfAdjusted",
        severity: "warning",
        data: { branch, date: "2024-03-05", attended: 4, expected: 8, probationary: 2 },
      },
    ],
  },
  {
    name: "too few even if no 预备党员 came → error against the voting members",
    workbook: { branches, members: roster, meetings: [general({ expected: 10, attended: 3 })] },
    findings: [
      {
        messageId: "belowHalfAdjusted",
        severity: "error",
        data: { branch, date: "2024-03-05", attended: 3, expected: 8, probationary: 2 },
      },
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
      meetings: [general({ expected: 9, attended: 5 })],
    },
    findings: [
      {
        messageId: "unconfirmed",
        data: { branch, date: "2024-03-05", attended: 5, expected: 8, probationary: 1 },
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
