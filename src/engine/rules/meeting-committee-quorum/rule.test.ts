import type { MeetingInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三", hasCommittee: true }];
const committee = (fields: Partial<MeetingInput> = {}): MeetingInput => ({
  branch,
  types: ["committee"],
  date: "2024-04-10",
  ...fields,
});
const data = (attended: number, expected: number) => ({
  branch,
  date: "2024-04-10",
  attended,
  expected,
});

testRule(rule, [
  {
    name: "3 of 5 委员 is more than half",
    workbook: { branches, meetings: [committee({ expected: 5, attended: 3 })] },
  },
  {
    name: "2 of 4 委员 is exactly half: 半数以上 includes half, so it passes",
    workbook: { branches, meetings: [committee({ expected: 4, attended: 2 })] },
  },
  {
    name: "2 of 5 委员 is fewer than half → error",
    workbook: { branches, meetings: [committee({ expected: 5, attended: 2 })] },
    findings: [{ messageId: "belowHalf", severity: "error", column: "H", data: data(2, 5) }],
  },
  {
    name: "voting figures, when both are filled, are the 委员 counts (列席 left out of the headcount)",
    workbook: {
      branches,
      meetings: [committee({ expected: 7, attended: 6, expectedVoting: 5, attendedVoting: 2 })],
    },
    findings: [{ messageId: "belowHalf", column: "J", data: data(2, 5) }],
  },
  {
    name: "实到 more than 应到 → data warning",
    workbook: { branches, meetings: [committee({ expected: 5, attended: 6 })] },
    findings: [{ messageId: "attendedExceedsExpected", severity: "warning", data: data(6, 5) }],
  },
  {
    name: "blank figures are flagged when the sheet has the columns",
    workbook: { branches, meetings: [committee({ attended: 3 })] },
    findings: [
      {
        messageId: "countsMissing",
        severity: "warning",
        column: "H",
        data: { branch, date: "2024-04-10" },
      },
    ],
  },
  {
    name: "blank figures are not flagged when switched off",
    workbook: { branches, meetings: [committee()] },
    options: { reportMissingCounts: false },
  },
  {
    name: "a combined 主题党日（支委会） row is checked; a 党员大会 is not",
    workbook: {
      branches,
      meetings: [
        committee({ types: ["theme-day", "committee"], expected: 5, attended: 2 }),
        committee({ types: ["general"], expected: 10, attended: 2 }),
      ],
    },
    findings: [{ messageId: "belowHalf", row: 2 }],
  },
  {
    name: "a row without a readable date is skipped (the reader reports it)",
    workbook: { branches, meetings: [{ branch, types: ["committee"], expected: 5, attended: 1 }] },
  },
]);
