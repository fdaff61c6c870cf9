import { asOf, testRule } from "../../testing/ruleTester";
import { dateCell } from "../../testing/buildWorkbook";
import rule from "./rule";

// Checked on 2025-01-15 (the tester's default as-of date).
const elected = (date: string, agencyTermYears?: number) => ({
  unitInfo: {
    unitName: "市某某局",
    agencyElectionDate: dateCell(date),
    ...(agencyTermYears !== undefined ? { agencyTermYears } : {}),
  },
  unitInfoRows: { agencyElectionDate: 9 },
});

testRule(rule, [
  {
    name: "elected 2020-08-01 for 5 years: ends 2025-08-01, more than six months away",
    workbook: elected("2020-08-01"),
  },
  {
    name: "ends within six months → reminder on 单位信息, due on the term's end",
    workbook: elected("2020-06-30"),
    findings: [
      {
        messageId: "dueSoon",
        severity: "reminder",
        kind: "row",
        sheet: "单位信息",
        row: 9,
        data: {
          electionDate: "2020-06-30",
          termYears: 5,
          termEnd: "2025-06-30",
          limitMonths: 12,
          dueDate: "2025-06-30",
        },
      },
    ],
  },
  {
    name: "ended the day before → warning",
    workbook: elected("2020-01-14"),
    findings: [{ messageId: "overdue", severity: "warning" }],
  },
  {
    name: "ended more than 12 months ago → error",
    workbook: elected("2019-01-14"),
    findings: [{ messageId: "longOverdue", severity: "error" }],
  },
  {
    name: "单位信息's 机关党委任期（年） is used",
    workbook: elected("2021-01-14", 3),
    findings: [{ messageId: "longOverdue", data: expect.objectContaining({ termYears: 3 }) }],
  },
  {
    name: "the default term is an option",
    workbook: elected("2021-01-14"),
    options: { defaultTermYears: 3 },
    findings: [{ messageId: "longOverdue" }],
  },
  {
    name: "no 机关党委本届选举日期 in 单位信息 → one structure warning asking for it",
    workbook: { unitInfo: { unitName: "市某某局" } },
    findings: [{ messageId: "unset", kind: "structure", severity: "warning", sheet: "单位信息" }],
  },
  {
    name: "a workbook without 单位信息 is not checked (the sheet is optional)",
    workbook: { branches: [{ name: "第一党支部", secretary: "张三" }] },
  },
  {
    name: "an unreadable date is left to structure-unreadable-cell",
    workbook: {
      unitInfo: { unitName: "市某某局" },
      issues: [
        {
          type: "unreadable-cell",
          ledger: "unitInfo",
          sheet: "单位信息",
          row: 9,
          column: "C",
          field: "agencyElectionDate",
          header: "机关党委本届选举日期",
          text: "前年",
          blank: false,
          expected: "date",
        },
      ],
    },
  },
  {
    name: "an election dated after the as-of date is ignored",
    workbook: elected("2025-03-01"),
    settings: { asOf: asOf("2025-01-15") },
  },
]);
