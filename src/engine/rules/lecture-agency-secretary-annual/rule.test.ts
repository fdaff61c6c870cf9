import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [
  { name: "第一党支部", secretary: "张三" },
  { name: "第二党支部", secretary: "李四" },
];
const settings = { agencySecretary: "赵书记" };
const lecture = (date: string, lecturer: string, branch = "第一党支部") => ({
  branch,
  date,
  lecturer,
});

testRule(rule, [
  {
    name: "a lecture by the 机关党委书记 in the year passes, in any branch",
    workbook: { branches, lectures: [lecture("2024-06-28", "赵书记", "第二党支部")] },
    settings,
  },
  {
    name: "a lecture on 12-31 counts; one on 1-1 of the next year does not",
    workbook: { branches, lectures: [lecture("2025-01-01", "赵书记")] },
    settings,
    findings: [
      {
        messageId: "missing",
        kind: "period",
        severity: "error",
        period: "2024",
        person: "赵书记",
        branch: null,
        sheet: "党课台账",
        data: { person: "赵书记", period: "2024" },
      },
    ],
  },
  {
    name: "the last day of the year counts",
    workbook: { branches, lectures: [lecture("2024-12-31", "赵书记")] },
    settings,
  },
  {
    name: "lectures by others (the department secretary, a branch secretary) do not count",
    workbook: {
      branches,
      lectures: [lecture("2024-06-28", "王局长"), lecture("2024-07-01", "张三")],
    },
    settings: { ...settings, departmentSecretary: "王局长" },
    findings: [{ messageId: "missing", person: "赵书记" }],
  },
  {
    name: "a 党课 hosted in 会议台账 does not count by default (the host chairs, others may lecture)",
    workbook: {
      branches,
      lectures: [],
      meetings: [{ branch: "第一党支部", types: ["lecture"], date: "2024-07-01", host: "赵书记" }],
    },
    settings,
    findings: [{ messageId: "missing" }],
  },
  {
    name: "…and counts with countMeetingHosts",
    workbook: {
      branches,
      lectures: [],
      meetings: [{ branch: "第一党支部", types: ["lecture"], date: "2024-07-01", host: "赵书记" }],
    },
    settings,
    options: { countMeetingHosts: true },
  },
  {
    name: "单位信息 without a 机关党委书记 → one structure warning, no period",
    workbook: { unitInfo: { unitName: "市某某局" }, branches, lectures: [] },
    findings: [{ messageId: "unset", kind: "structure", severity: "warning", sheet: "单位信息" }],
  },
  {
    name: "before the year ends, within 15 days → reminder",
    workbook: { branches, lectures: [] },
    settings: { ...settings, asOf: asOf("2024-12-20") },
    findings: [{ messageId: "missing", severity: "reminder" }],
  },
  {
    name: "without 党课台账 or 会议台账 nothing is reported",
    workbook: { branches },
    settings,
  },
]);
