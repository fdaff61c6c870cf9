import type { MeetingInput } from "../../testing/buildWorkbook";
import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [
  { name: "第一党支部", secretary: "张三" },
  { name: "第二党支部", secretary: "李四" },
];
const report = (
  branch: string,
  date: string,
  fields: Partial<MeetingInput> = {}
): MeetingInput => ({
  branch,
  types: ["report-review"],
  date,
  ...fields,
});
const agency = { agencySecretary: "赵书记" };
/** After the deadline for 2024 (31 March 2025). */
const after = { asOf: asOf("2025-04-15") };

testRule(rule, [
  {
    name: "every branch secretary and the 机关党委书记 reported: passes",
    workbook: {
      branches,
      meetings: [
        report("第一党支部", "2024-12-18", { types: ["general", "report-review"] }),
        report("第二党支部", "2025-01-10", { topic: "2024年度支部书记述职评议" }),
        report("机关党委", "2024-12-25", { topic: "机关党委书记向局党组述职" }),
      ],
    },
    settings: { ...after, ...agency },
  },
  {
    name: "a branch without a 述职评议 → warning for the branch and its secretary",
    workbook: { branches, meetings: [report("第一党支部", "2024-12-18")] },
    settings: after,
    findings: [
      {
        messageId: "branchMissing",
        kind: "period",
        severity: "warning",
        branch: "第二党支部",
        person: "李四",
        period: "2024",
        data: { branch: "第二党支部", period: "2024" },
      },
    ],
  },
  {
    name: "the 机关党委书记 without a 述职 → error, unit-level",
    workbook: {
      branches,
      meetings: [report("第一党支部", "2024-12-18"), report("第二党支部", "2024-12-19")],
    },
    settings: { ...after, ...agency },
    findings: [
      {
        messageId: "agencyMissing",
        severity: "error",
        branch: null,
        person: "赵书记",
        data: { person: "赵书记", period: "2024" },
      },
    ],
  },
  {
    name: "a branch row whose 主题 names the 机关党委 is the 机关党委书记's, not the branch's",
    workbook: {
      branches,
      meetings: [
        report("第一党支部", "2024-12-18", { topic: "机关党委书记述职" }),
        report("第二党支部", "2024-12-19"),
      ],
    },
    settings: { ...after, ...agency },
    findings: [{ messageId: "branchMissing", branch: "第一党支部" }],
  },
  {
    name: "a combined 支部党员大会（述职评议） row counts",
    workbook: {
      branches,
      meetings: [
        report("第一党支部", "2024-12-18", { types: ["general", "report-review"] }),
        report("第二党支部", "2024-11-05", { types: ["committee", "report-review"] }),
      ],
    },
    settings: after,
  },
  {
    name: "before the deadline a missing report is a reminder; during the year nothing yet",
    workbook: { branches: [branches[0]!], meetings: [] },
    settings: { asOf: asOf("2025-01-15") },
    findings: [
      {
        messageId: "branchMissing",
        severity: "reminder",
        data: expect.objectContaining({ dueDate: "2025-03-31" }),
      },
    ],
  },
  {
    name: "during the year nothing is reported",
    workbook: { branches: [branches[0]!], meetings: [] },
    settings: { asOf: asOf("2024-11-15") },
  },
  {
    name: "a report for 2023年度 held in 2024 does not count for 2024",
    workbook: {
      branches: [branches[0]!],
      meetings: [report("第一党支部", "2024-01-20", { topic: "2023年度支部书记述职评议" })],
    },
    settings: after,
    findings: [{ messageId: "branchMissing", period: "2024" }],
  },
  {
    name: "the branch severity is an option",
    workbook: { branches: [branches[0]!], meetings: [] },
    settings: after,
    options: { branchSeverity: "error" },
    findings: [{ messageId: "branchMissing", severity: "error" }],
  },
  {
    name: "a branch without a secretary in 支部信息 is not asked",
    workbook: { branches: [{ name: "第一党支部" }], meetings: [] },
    settings: after,
  },
]);
