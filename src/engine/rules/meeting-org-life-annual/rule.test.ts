import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];

testRule(rule, [
  {
    name: "one 组织生活会 in the year passes",
    workbook: { branches, meetings: [{ branch, types: ["org-life"], date: "2024-01-25" }] },
  },
  {
    name: "no 组织生活会 in the year → error for the year",
    workbook: { branches, meetings: [{ branch, types: ["general"], date: "2024-01-25" }] },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        branch,
        period: "2024",
        severity: "error",
        data: { branch, period: "2024" },
      },
    ],
  },
  {
    name: "a 专题组织生活会 read as org-life on 12-31 counts",
    workbook: { branches, meetings: [{ branch, types: ["org-life"], date: "2024-12-31" }] },
  },
  {
    name: "a meeting held in January of the next year does not count for this year",
    workbook: { branches, meetings: [{ branch, types: ["org-life"], date: "2025-01-10" }] },
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "a 民主生活会 is not an 组织生活会",
    workbook: { branches, meetings: [{ branch, types: ["democratic-life"], date: "2024-06-10" }] },
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "late in the year without one → reminder",
    workbook: { branches, meetings: [] },
    settings: { asOf: asOf("2024-12-20") },
    findings: [{ messageId: "missing", period: "2024", severity: "reminder" }],
  },
]);
