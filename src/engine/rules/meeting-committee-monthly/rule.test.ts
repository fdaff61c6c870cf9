import type { MeetingInput, MemberInput } from "../../testing/buildWorkbook";
import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const committeeMonthly = (b: string, skip: readonly number[] = []): MeetingInput[] =>
  Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((m) => !skip.includes(m))
    .map((m) => ({
      branch: b,
      types: ["committee"],
      date: `2024-${String(m).padStart(2, "0")}-15`,
    }));
const members = (b: string, full: number, probationary: number): MemberInput[] => [
  ...Array.from({ length: full }, (_, i): MemberInput => ({
    name: `正式${i}`,
    branch: b,
    memberCategory: "full",
  })),
  ...Array.from({ length: probationary }, (_, i): MemberInput => ({
    name: `预备${i}`,
    branch: b,
    memberCategory: "probationary",
  })),
];

testRule(rule, [
  {
    name: "a committee meeting every month passes",
    workbook: {
      branches: [{ name: branch, secretary: "张三", hasCommittee: true }],
      meetings: committeeMonthly(branch),
    },
  },
  {
    name: "a missing month of a branch with 是否设支委会 = 是 → error",
    workbook: {
      branches: [{ name: branch, secretary: "张三", hasCommittee: true }],
      meetings: committeeMonthly(branch, [3]),
    },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        branch,
        period: "2024-03",
        severity: "error",
        data: { branch, period: "2024-03" },
      },
    ],
  },
  {
    name: "是否设支委会 = 否 is not required, whatever the roster says",
    workbook: {
      branches: [{ name: branch, secretary: "张三", hasCommittee: false }],
      members: members(branch, 9, 0),
      meetings: [],
    },
  },
  {
    name: "without 是否设支委会, 7 正式党员 in the roster make it required",
    workbook: {
      branches: [{ name: branch, secretary: "张三" }],
      members: members(branch, 7, 0),
      meetings: committeeMonthly(branch, [12]),
    },
    findings: [{ messageId: "missing", period: "2024-12" }],
  },
  {
    name: "a branch of 6 正式 + 2 预备 is not required",
    workbook: {
      branches: [{ name: branch, secretary: "张三" }],
      members: members(branch, 6, 2),
      meetings: [],
    },
  },
  {
    name: "a branch that neither states nor has a roster is not required",
    workbook: { branches: [{ name: branch, secretary: "张三" }], meetings: [] },
  },
  {
    name: "a combined 主题党日（支委会） row counts; a 党员大会 does not",
    workbook: {
      branches: [{ name: branch, secretary: "张三", hasCommittee: true }],
      meetings: [
        ...committeeMonthly(branch, [5, 6]),
        { branch, types: ["theme-day", "committee"], date: "2024-05-20" },
        { branch, types: ["general"], date: "2024-06-20" },
      ],
    },
    findings: [{ messageId: "missing", period: "2024-06" }],
  },
  {
    name: "last year's December meeting does not count for this year",
    workbook: {
      branches: [{ name: branch, secretary: "张三", hasCommittee: true }],
      meetings: [
        { branch, types: ["committee"], date: "2023-12-31" },
        ...committeeMonthly(branch, [12]),
      ],
    },
    findings: [{ messageId: "missing", period: "2024-12" }],
  },
  {
    name: "a meeting on the month's last day counts for it; a month-only date counts for its month",
    workbook: {
      branches: [{ name: branch, secretary: "张三", hasCommittee: true }],
      meetings: [
        ...committeeMonthly(branch, [1, 2]),
        { branch, types: ["committee"], date: "2024-01-31" },
        { branch, types: ["committee"], date: "2024-02" },
      ],
    },
  },
  {
    name: "the current month ending within 15 days → reminder; later months are open",
    workbook: {
      branches: [{ name: branch, secretary: "张三", hasCommittee: true }],
      meetings: committeeMonthly(branch, [6, 7, 8, 9, 10, 11, 12]),
    },
    settings: { asOf: asOf("2024-06-20") },
    findings: [
      {
        messageId: "missing",
        period: "2024-06",
        severity: "reminder",
        data: { branch, period: "2024-06", dueDate: "2024-06-30" },
      },
    ],
  },
]);
