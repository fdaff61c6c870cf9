import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [{ name: "第一党支部", secretary: "张三" }];
const lecture = (date: string, branch = "第一党支部") => ({ branch, date, lecturer: "张三" });
const fullYear = ["2024-02-20", "2024-05-20", "2024-08-20", "2024-11-20"].map((d) => lecture(d));

testRule(rule, [
  { name: "one lecture in every quarter passes", workbook: { branches, lectures: fullYear } },
  {
    name: "党课 rows of the meetings ledger count when there is no lectures sheet",
    workbook: {
      branches,
      meetings: ["2024-01-10", "2024-04-10", "2024-07-10", "2024-10-10"].map((date) => ({
        branch: "第一党支部",
        types: ["lecture" as const],
        date,
      })),
    },
  },
  {
    name: "a combined 党员大会、党课 meeting counts alongside the lectures ledger",
    workbook: {
      branches,
      lectures: fullYear.slice(1),
      meetings: [{ branch: "第一党支部", types: ["general", "lecture"], date: "2024-03-05" }],
    },
  },
  {
    name: "a lecture on 3-31 counts for Q1",
    workbook: { branches, lectures: [lecture("2024-03-31"), ...fullYear.slice(1)] },
  },
  {
    name: "a lecture on 4-1 does not count for Q1",
    workbook: { branches, lectures: [lecture("2024-04-01"), ...fullYear.slice(1)] },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        period: "2024-Q1",
        branch: "第一党支部",
        sheet: "党课台账",
        severity: "warning",
      },
    ],
  },
  {
    name: "a month-only date counts for its quarter",
    workbook: { branches, lectures: [lecture("2024-03"), ...fullYear.slice(1)] },
  },
  {
    name: "meetings of other types do not count",
    workbook: {
      branches,
      lectures: fullYear.slice(1),
      meetings: [{ branch: "第一党支部", types: ["general"], date: "2024-02-01" }],
    },
    findings: [{ messageId: "missing", period: "2024-Q1" }],
  },
  {
    name: "another branch's lecture does not count",
    workbook: {
      branches: [...branches, { name: "第二党支部", secretary: "李四" }],
      lectures: [...fullYear, lecture("2024-01-05", "第二党支部")],
    },
    findings: ["Q2", "Q3", "Q4"].map((q) => ({
      messageId: "missing",
      branch: "第二党支部",
      period: `2024-${q}`,
    })),
  },
  {
    name: "lectures of the previous year do not count",
    workbook: { branches, lectures: [lecture("2023-12-28"), ...fullYear.slice(1)] },
    findings: [{ messageId: "missing", period: "2024-Q1" }],
  },
  {
    name: "党课频率 半年: one lecture per half passes",
    workbook: { branches, lectures: [lecture("2024-06-30"), lecture("2024-07-01")] },
    settings: { lectureFrequency: "half-year" },
  },
  {
    name: "half-year frequency: a half without a lecture is missing",
    workbook: { branches, lectures: [lecture("2024-02-01"), lecture("2024-05-01")] },
    settings: { lectureFrequency: "half-year" },
    findings: [{ messageId: "missing", period: "2024-H2" }],
  },
  {
    name: "yearly frequency: one lecture a year passes",
    workbook: { branches, lectures: [lecture("2024-09-01")] },
    settings: { lectureFrequency: "year" },
  },
  {
    name: "monthly frequency: months without a lecture are missing",
    workbook: {
      branches,
      lectures: ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"].map((m) =>
        lecture(`2024-${m}-15`)
      ),
    },
    settings: { lectureFrequency: "month" },
    findings: [
      { messageId: "missing", period: "2024-11" },
      { messageId: "missing", period: "2024-12" },
    ],
  },
  {
    name: "without a lectures sheet the findings point at the meetings sheet",
    workbook: { branches, meetings: [] },
    settings: { lectureFrequency: "year" },
    findings: [{ messageId: "missing", period: "2024", sheet: "会议台账" }],
  },
  {
    name: "without lectures and meetings sheets the rule reports nothing",
    workbook: { branches },
  },
  {
    name: "an unended quarter ending within 15 days → reminder",
    workbook: { branches, lectures: fullYear.slice(0, 3) },
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
    name: "a quarter ending more than 15 days after the as-of date is not reported",
    workbook: { branches, lectures: fullYear.slice(0, 3) },
    settings: { asOf: asOf("2024-12-15") },
  },
]);
