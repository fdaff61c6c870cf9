import type { MeetingInput } from "../../testing/buildWorkbook";
import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];
const meeting = (date: string, fields: Partial<MeetingInput> = {}): MeetingInput => ({
  branch,
  types: ["org-life"],
  date,
  ...fields,
});
/** After the deadline for 2024 (31 March 2025): a missing meeting is an error. */
const afterDeadline = { asOf: asOf("2025-04-15") };

testRule(rule, [
  {
    name: "one 组织生活会 in the year passes",
    workbook: { branches, meetings: [meeting("2024-01-25")] },
    settings: afterDeadline,
  },
  {
    name: "none, after the deadline (2025-04-01) → error for the year",
    workbook: { branches, meetings: [meeting("2024-01-25", { types: ["general"] })] },
    settings: { asOf: asOf("2025-04-01") },
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
    name: "none, after the year but before the deadline → reminder due 2025-03-31",
    workbook: { branches, meetings: [] },
    settings: { asOf: asOf("2025-01-15") },
    findings: [
      {
        messageId: "missing",
        severity: "reminder",
        period: "2024",
        data: { branch, period: "2024", dueDate: "2025-03-31" },
      },
    ],
  },
  {
    name: "on the deadline day itself it is still a reminder",
    workbook: { branches, meetings: [] },
    settings: { asOf: asOf("2025-03-31") },
    findings: [{ messageId: "missing", severity: "reminder" }],
  },
  {
    name: "during the year nothing is reported yet",
    workbook: { branches, meetings: [] },
    settings: { asOf: asOf("2024-12-20") },
  },
  {
    name: "held on 2025-01-10 with “2024年度” in its 主题 → counts for 2024",
    workbook: { branches, meetings: [meeting("2025-01-10", { topic: "召开2024年度组织生活会" })] },
    settings: afterDeadline,
  },
  {
    name: "held on 2025-01-10 without a year in its 主题 → counts for 2025, not 2024",
    workbook: { branches, meetings: [meeting("2025-01-10", { topic: "专题组织生活会" })] },
    settings: afterDeadline,
    findings: [{ messageId: "missing", period: "2024", severity: "error" }],
  },
  {
    name: "“2024年度” held after the deadline (2025-04-01) does not count",
    workbook: { branches, meetings: [meeting("2025-04-01", { topic: "召开2024年度组织生活会" })] },
    settings: afterDeadline,
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "held in 2024 for “2023年度” counts for 2023, not for 2024",
    workbook: { branches, meetings: [meeting("2024-02-20", { topic: "2023年度组织生活会" })] },
    settings: afterDeadline,
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "a 党员大会, 支委会 or 党小组会 whose 主题 says 组织生活会 counts (JYGL 第十七条)",
    workbook: {
      branches: [
        ...branches,
        { name: "第二党支部", secretary: "李四" },
        { name: "第三党支部", secretary: "王五" },
      ],
      meetings: [
        meeting("2024-12-10", { types: ["general"], topic: "召开2024年度组织生活会" }),
        meeting("2024-12-10", { branch: "第二党支部", types: ["committee"], topic: "组织生活会" }),
        meeting("2024-12-10", {
          branch: "第三党支部",
          types: ["group"],
          topic: "党小组组织生活会",
        }),
      ],
    },
    settings: afterDeadline,
  },
  {
    name: "a 主题党日 whose 主题 says 组织生活会 does not count",
    workbook: {
      branches,
      meetings: [meeting("2024-12-10", { types: ["theme-day"], topic: "筹备组织生活会" })],
    },
    settings: afterDeadline,
    findings: [{ messageId: "missing" }],
  },
  {
    name: "a 民主生活会 is not an 组织生活会",
    workbook: { branches, meetings: [meeting("2024-06-10", { types: ["democratic-life"] })] },
    settings: afterDeadline,
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "the deadline is a setting: 02-28 makes 2025-03-05 overdue",
    workbook: { branches, meetings: [meeting("2025-03-03", { topic: "2024年度组织生活会" })] },
    settings: { asOf: asOf("2025-03-05") },
    options: { deadline: "02-28" },
    findings: [{ messageId: "missing", severity: "error" }],
  },
]);
