import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [
  { name: "第一党支部", secretary: "张三" },
  { name: "第二党支部", secretary: "李四" },
];
const settings = { departmentSecretary: "王局长" };
const lecture = (date: string, lecturer: string, branch = "第一党支部") => ({
  branch,
  date,
  lecturer,
});

testRule(rule, [
  {
    name: "a lecture by the department secretary in the year passes",
    workbook: { branches, lectures: [lecture("2024-06-28", "王局长")] },
    settings,
  },
  {
    name: "a lecture in any branch counts",
    workbook: { branches, lectures: [lecture("2024-06-28", "王局长", "第二党支部")] },
    settings,
  },
  {
    name: "a lecture on 12-31 counts for the year",
    workbook: { branches, lectures: [lecture("2024-12-31", "王局长")] },
    settings,
  },
  {
    name: "a lecture on 1-1 of the next year does not count",
    workbook: { branches, lectures: [lecture("2025-01-01", "王局长")] },
    settings,
    findings: [
      {
        messageId: "missing",
        kind: "period",
        period: "2024",
        person: "王局长",
        branch: null,
        sheet: "党课台账",
        severity: "error",
      },
    ],
  },
  {
    name: "lectures by others do not count",
    workbook: { branches, lectures: [lecture("2024-06-28", "张三")] },
    settings,
    findings: [{ messageId: "missing", person: "王局长" }],
  },
  {
    name: "a 党课 meeting hosted by the department secretary counts",
    workbook: {
      branches,
      lectures: [],
      meetings: [
        { branch: "第一党支部", types: ["general", "lecture"], date: "2024-07-01", host: "王局长" },
      ],
    },
    settings,
  },
  {
    name: "with countMeetingHosts off, a hosted 党课 meeting does not count",
    workbook: {
      branches,
      meetings: [{ branch: "第一党支部", types: ["lecture"], date: "2024-07-01", host: "王局长" }],
    },
    settings,
    options: { countMeetingHosts: false },
    findings: [{ messageId: "missing", sheet: "会议台账" }],
  },
  {
    name: "a non-lecture meeting hosted by the department secretary does not count",
    workbook: {
      branches,
      meetings: [{ branch: "第一党支部", types: ["general"], date: "2024-07-01", host: "王局长" }],
    },
    settings,
    findings: [{ messageId: "missing" }],
  },
  {
    name: "no department secretary in 单位信息 → one structure warning, no missing lecture",
    workbook: { unitInfo: { unitName: "市某局" }, branches, lectures: [] },
    findings: [
      {
        messageId: "unset",
        kind: "structure",
        severity: "warning",
        sheet: "单位信息",
        period: null,
        person: null,
      },
    ],
  },
  {
    name: "no 单位信息 sheet at all → the same notice without a sheet",
    workbook: { branches, lectures: [] },
    findings: [{ messageId: "unset", kind: "structure", sheet: null }],
  },
  {
    name: "without lectures and meetings sheets the rule reports nothing",
    workbook: { branches },
    settings,
  },
  {
    name: "before the year ends the requirement is open; within 15 days → reminder",
    workbook: { branches, lectures: [] },
    settings: { ...settings, asOf: asOf("2024-12-20") },
    findings: [
      {
        messageId: "missing",
        severity: "reminder",
        data: { person: "王局长", period: "2024", dueDate: "2024-12-31" },
      },
    ],
  },
  {
    name: "earlier in the year nothing is reported yet",
    workbook: { branches, lectures: [] },
    settings: { ...settings, asOf: asOf("2024-06-30") },
  },
]);
