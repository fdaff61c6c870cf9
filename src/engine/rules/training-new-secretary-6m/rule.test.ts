import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const appointedOn = (secretaryAppointed: string) => [
  { name: "第一党支部", secretary: "张三", secretaryAppointed },
];
const training = (start: string, category = "新任支部书记集中培训", name = "张三") => ({
  name,
  start,
  category,
});
const missing = (appointed: string, deadline: string, period: string) => ({
  messageId: "missing",
  kind: "period" as const,
  severity: "error" as const,
  sheet: "培训台账",
  branch: "第一党支部",
  person: "张三",
  period,
  data: { branch: "第一党支部", person: "张三", appointed, deadline, months: 6 },
});

testRule(rule, [
  {
    name: "appointed 2024-03-31, trained on the deadline 2024-09-30 → passes (end inclusive)",
    workbook: { branches: appointedOn("2024-03-31"), training: [training("2024-09-30")] },
  },
  {
    name: "appointed 2024-03-31, no training → missing with deadline 2024-09-30",
    workbook: { branches: appointedOn("2024-03-31"), training: [] },
    findings: [missing("2024-03-31", "2024-09-30", "2024-09")],
  },
  {
    name: "appointed 2024-03-31, trained 2024-10-01 → one late row finding, no period finding",
    workbook: {
      branches: appointedOn("2024-03-31"),
      training: [training("2024-05-01", "网络培训"), training("2024-10-01")],
    },
    findings: [
      {
        messageId: "late",
        kind: "row",
        severity: "error",
        sheet: "培训台账",
        row: 3,
        column: "F",
        branch: "第一党支部",
        person: "张三",
        period: "2024-09",
        data: {
          branch: "第一党支部",
          person: "张三",
          appointed: "2024-03-31",
          deadline: "2024-09-30",
          months: 6,
          start: "2024-10-01",
        },
      },
    ],
  },
  {
    name: "only the first late training is marked",
    workbook: {
      branches: appointedOn("2024-01-15"),
      training: [training("2024-11-20"), training("2024-08-01")],
    },
    findings: [{ messageId: "late", row: 3 }],
  },
  {
    name: "网络集中培训 within the window does not count",
    workbook: {
      branches: appointedOn("2024-03-31"),
      training: [training("2024-05-01", "网络集中培训")],
    },
    findings: [{ messageId: "missing" }],
  },
  {
    name: "someone else's training does not count",
    workbook: {
      branches: appointedOn("2024-03-31"),
      training: [training("2024-05-01", "集中培训", "李四")],
    },
    findings: [{ messageId: "missing" }],
  },
  {
    name: "a secretary appointed in the previous year is checked",
    workbook: { branches: appointedOn("2023-01-10"), training: [training("2023-05-20")] },
  },
  {
    name: "a previous-year appointee never trained is reported",
    workbook: { branches: appointedOn("2023-01-01"), training: [] },
    findings: [missing("2023-01-01", "2023-07-01", "2023-07")],
  },
  {
    name: "a secretary appointed before the previous year is not checked",
    workbook: { branches: appointedOn("2022-12-31"), training: [] },
  },
  {
    name: "without 书记任职日期 the secretary is not checked",
    workbook: { branches: [{ name: "第一党支部", secretary: "张三" }], training: [] },
  },
  {
    name: "training within 3 months before appointment counts (pre-appointment training)",
    workbook: { branches: appointedOn("2024-04-15"), training: [training("2024-01-15")] },
  },
  {
    name: "training more than 3 months before appointment does not count",
    workbook: { branches: appointedOn("2024-04-15"), training: [training("2024-01-14")] },
    findings: [{ messageId: "missing", period: "2024-10" }],
  },
  {
    name: "with preAppointmentMonths 0, training before appointment does not count",
    workbook: { branches: appointedOn("2024-04-15"), training: [training("2024-04-14")] },
    options: { preAppointmentMonths: 0 },
    findings: [{ messageId: "missing" }],
  },
  {
    name: "a month-only 任职日期 (2024年3月) runs to 2024-09-30",
    workbook: { branches: appointedOn("2024-03"), training: [training("2024-09-30")] },
  },
  {
    name: "the months option shortens the deadline",
    workbook: { branches: appointedOn("2024-03-31"), training: [training("2024-07-01")] },
    options: { months: 3 },
    findings: [
      {
        messageId: "late",
        data: {
          branch: "第一党支部",
          person: "张三",
          appointed: "2024-03-31",
          deadline: "2024-06-30",
          months: 3,
          start: "2024-07-01",
        },
      },
    ],
  },
  {
    name: "a deadline not yet passed is not missing",
    workbook: { branches: appointedOn("2024-10-01"), training: [] },
  },
  {
    name: "a deadline within 15 days of the as-of date → reminder",
    workbook: { branches: appointedOn("2024-06-15"), training: [] },
    settings: { asOf: asOf("2024-12-05") },
    findings: [
      {
        messageId: "missing",
        severity: "reminder",
        period: "2024-12",
        data: {
          branch: "第一党支部",
          person: "张三",
          appointed: "2024-06-15",
          deadline: "2024-12-15",
          months: 6,
          dueDate: "2024-12-15",
        },
      },
    ],
  },
  {
    name: "a deadline more than 15 days away → nothing yet",
    workbook: { branches: appointedOn("2024-06-15"), training: [] },
    settings: { asOf: asOf("2024-11-20") },
  },
]);
