import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const first = { name: "第一党支部", secretary: "张三" };
const branches = [first, { name: "第二党支部", secretary: "李四" }];
const lecture = (date: string, lecturer: string, branch = "第一党支部") => ({
  branch,
  date,
  lecturer,
});
const both = [lecture("2024-04-10", "张三"), lecture("2024-05-10", "李四", "第二党支部")];

testRule(rule, [
  { name: "each secretary gave a lecture in the year", workbook: { branches, lectures: both } },
  {
    name: "a lecture at a joint session recorded under another branch counts",
    workbook: {
      branches,
      lectures: [lecture("2024-04-10", "张三"), lecture("2024-06-10", "李四", "第一党支部")],
    },
  },
  {
    name: "a lecture on 12-31 counts; one on 1-1 of the next year does not",
    workbook: {
      branches,
      lectures: [lecture("2024-12-31", "张三"), lecture("2025-01-01", "李四", "第二党支部")],
    },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        period: "2024",
        branch: "第二党支部",
        person: "李四",
        sheet: "党课台账",
        severity: "reminder",
      },
    ],
  },
  {
    name: "a lecture by someone else in the secretary's branch does not count",
    workbook: {
      branches,
      lectures: [lecture("2024-04-10", "王五"), lecture("2024-05-10", "李四", "第二党支部")],
    },
    findings: [{ messageId: "missing", branch: "第一党支部", person: "张三" }],
  },
  {
    name: "a 党课 meeting hosted by the secretary does not count by default",
    workbook: {
      branches: [first],
      meetings: [{ branch: "第一党支部", types: ["lecture"], date: "2024-07-01", host: "张三" }],
    },
    findings: [{ messageId: "missing", person: "张三", sheet: "会议台账" }],
  },
  {
    name: "with countMeetingHosts on, a 党课 meeting hosted by the secretary counts",
    workbook: {
      branches: [first],
      meetings: [{ branch: "第一党支部", types: ["lecture"], date: "2024-07-01", host: "张三" }],
    },
    options: { countMeetingHosts: true },
  },
  {
    name: "a secretary appointed after the year is not checked for it",
    workbook: {
      branches: [{ name: "第一党支部", secretary: "张三", secretaryAppointed: "2025-01-02" }],
      lectures: [],
    },
  },
  {
    name: "a secretary appointed during the year is still expected to lecture that year",
    workbook: {
      branches: [{ name: "第一党支部", secretary: "张三", secretaryAppointed: "2024-03-01" }],
      lectures: [],
    },
    findings: [{ messageId: "missing", person: "张三" }],
  },
  {
    name: "a branch with a blank secretary is skipped",
    workbook: { branches: [{ name: "第一党支部", secretary: "" }], lectures: [] },
  },
  {
    name: "without lectures and meetings sheets the rule reports nothing",
    workbook: { branches },
  },
  {
    name: "before the year ends, within 15 days → reminder",
    workbook: { branches: [first], lectures: [] },
    settings: { asOf: asOf("2024-12-17") },
    findings: [
      {
        messageId: "missing",
        severity: "reminder",
        data: { branch: "第一党支部", person: "张三", period: "2024", dueDate: "2024-12-31" },
      },
    ],
  },
]);
