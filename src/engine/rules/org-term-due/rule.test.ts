import { asOf, testRule } from "../../testing/ruleTester";
import type { BranchInput } from "../../testing/buildWorkbook";
import rule from "./rule";

// Checked on 2025-01-15 (the tester's default as-of date).
const elected = (
  electionDate: string,
  fields: Partial<BranchInput> = {}
): { branches: BranchInput[] } => ({
  branches: [{ name: "第一党支部", secretary: "张三", electionDate, ...fields }],
});

testRule(rule, [
  {
    name: "a term ending more than six months after the as-of date passes",
    workbook: elected("2022-08-01"),
  },
  {
    name: "a term that ended the day before the as-of date → warning",
    workbook: elected("2022-01-14"),
    findings: [
      {
        messageId: "overdue",
        severity: "warning",
        kind: "row",
        sheet: "支部信息",
        row: 2,
        column: "G",
        branch: "第一党支部",
        data: {
          branch: "第一党支部",
          electionDate: "2022-01-14",
          termYears: 3,
          termEnd: "2025-01-14",
          limitMonths: 12,
        },
      },
    ],
  },
  {
    name: "a term ending on the as-of date itself is not yet late (reminder)",
    workbook: elected("2022-01-15"),
    findings: [
      {
        messageId: "dueSoon",
        severity: "reminder",
        data: expect.objectContaining({ termEnd: "2025-01-15" }),
      },
    ],
  },
  {
    name: "a term ending within reminderDays (15) → reminder",
    workbook: elected("2022-01-30"),
    findings: [{ messageId: "dueSoon", severity: "reminder", row: 2, column: "G" }],
  },
  {
    name: "a term ending in exactly six months → reminder to prepare the election",
    workbook: elected("2022-07-15"),
    findings: [
      {
        messageId: "dueSoon",
        severity: "reminder",
        data: expect.objectContaining({ termEnd: "2025-07-15", dueDate: "2025-07-15" }),
      },
    ],
  },
  { name: "six months and a day away → nothing yet", workbook: elected("2022-07-16") },
  {
    name: "noticeMonths is an option",
    workbook: elected("2022-10-01"),
    options: { noticeMonths: 9 },
    findings: [{ messageId: "dueSoon", severity: "reminder" }],
  },
  {
    name: "overdue by exactly 12 months is still a warning",
    workbook: elected("2021-01-15"),
    findings: [
      {
        messageId: "overdue",
        severity: "warning",
        data: expect.objectContaining({ termEnd: "2024-01-15" }),
      },
    ],
  },
  {
    name: "overdue by more than 12 months → error",
    workbook: elected("2021-01-14"),
    findings: [
      {
        messageId: "longOverdue",
        severity: "error",
        data: expect.objectContaining({ termEnd: "2024-01-14", limitMonths: 12 }),
      },
    ],
  },
  {
    name: "the long-overdue severity and limit are options",
    workbook: elected("2021-01-14"),
    options: { longOverdueSeverity: "warning", longOverdueMonths: 24 },
    findings: [
      {
        messageId: "overdue",
        severity: "warning",
        data: expect.objectContaining({ limitMonths: 24 }),
      },
    ],
  },
  {
    name: "an unknown severity word falls back to error",
    workbook: elected("2021-01-14"),
    options: { longOverdueSeverity: "严重" },
    findings: [{ messageId: "longOverdue", severity: "error" }],
  },
  {
    name: "the branch's own 任期（年） is used (5 years)",
    workbook: elected("2021-01-14", { termYears: 5 }),
  },
  {
    name: "an unusable 任期 falls back to the default",
    workbook: elected("2021-01-14", { termYears: 0 }),
    findings: [{ messageId: "longOverdue", data: expect.objectContaining({ termYears: 3 }) }],
  },
  {
    name: "defaultTermYears is an option",
    workbook: elected("2021-01-14"),
    options: { defaultTermYears: 5 },
  },
  {
    name: "a month-only election date counts from the month's last day (2022年1月 → ends 2025-01-31)",
    workbook: elected("2022-01"),
    findings: [{ messageId: "dueSoon", data: expect.objectContaining({ termEnd: "2025-01-31" }) }],
  },
  {
    name: "a month-only election date long past is still overdue",
    workbook: elected("2021-06"),
    findings: [
      {
        messageId: "overdue",
        data: expect.objectContaining({ electionDate: "2021-06-30", termEnd: "2024-06-30" }),
      },
    ],
  },
  {
    name: "EDATE arithmetic: elected 2020-02-29 → term ends 2023-02-28",
    workbook: elected("2020-02-29"),
    settings: { asOf: asOf("2023-03-01") },
    findings: [{ messageId: "overdue", data: expect.objectContaining({ termEnd: "2023-02-28" }) }],
  },
  {
    name: "no election date: nothing to check",
    workbook: { branches: [{ name: "第一党支部", secretary: "张三" }] },
  },
  { name: "an election dated after the as-of date is ignored", workbook: elected("2025-03-01") },
  {
    name: "every branch row is checked",
    workbook: {
      branches: [
        { name: "第一党支部", secretary: "张三", electionDate: "2023-05-10" },
        { name: "第二党支部", secretary: "李四", electionDate: "2021-09-01" },
      ],
    },
    findings: [{ messageId: "overdue", row: 3, branch: "第二党支部" }],
  },
]);
