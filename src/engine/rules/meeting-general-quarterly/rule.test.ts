import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [{ name: "第一党支部", secretary: "张三" }];
const general = (date: string) => ({ branch: "第一党支部", types: ["general" as const], date });
const fullYear = ["2024-02-20", "2024-05-20", "2024-08-20", "2024-11-20"].map(general);

testRule(rule, [
  {
    name: "one general meeting in every quarter passes",
    workbook: { branches, meetings: fullYear },
  },
  {
    name: "a meeting on 3-31 counts for Q1",
    workbook: { branches, meetings: [general("2024-03-31"), ...fullYear.slice(1)] },
  },
  {
    name: "a combined 党员大会、党课 row counts",
    workbook: {
      branches,
      meetings: [
        { branch: "第一党支部", types: ["general", "lecture"], date: "2024-01-10" },
        ...fullYear.slice(1),
      ],
    },
  },
  {
    name: "a meeting on 4-1 does not count for Q1",
    workbook: { branches, meetings: [general("2024-04-01"), ...fullYear.slice(1)] },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        period: "2024-Q1",
        branch: "第一党支部",
        severity: "error",
      },
    ],
  },
  {
    name: "other meeting types do not count",
    workbook: {
      branches,
      meetings: [
        { branch: "第一党支部", types: ["committee"], date: "2024-02-01" },
        ...fullYear.slice(1),
      ],
    },
    findings: [{ messageId: "missing", period: "2024-Q1" }],
  },
  {
    name: "another branch's meeting does not count",
    workbook: {
      branches: [...branches, { name: "第二党支部", secretary: "李四" }],
      meetings: fullYear,
    },
    findings: ["Q1", "Q2", "Q3", "Q4"].map((q) => ({
      messageId: "missing",
      branch: "第二党支部",
      period: `2024-${q}`,
    })),
  },
  {
    name: "an unended quarter is never missing; ending within 15 days → reminder",
    workbook: { branches, meetings: fullYear.slice(0, 3) },
    settings: { asOf: asOf("2024-12-20") },
    findings: [
      {
        messageId: "missing",
        period: "2024-Q4",
        severity: "reminder",
        data: { branch: "第一党支部", period: "2024-Q4", dueDate: "2024-12-31" },
      },
    ],
  },
  {
    name: "a quarter ending more than 15 days after the as-of date is neither missing nor reminded",
    workbook: { branches, meetings: fullYear.slice(0, 3) },
    settings: { asOf: asOf("2024-12-15") },
  },
  {
    name: "on the quarter's last day it is still open (reminder, not missing)",
    workbook: { branches, meetings: fullYear.slice(0, 3) },
    settings: { asOf: asOf("2024-12-31") },
    findings: [{ messageId: "missing", severity: "reminder" }],
  },
]);
