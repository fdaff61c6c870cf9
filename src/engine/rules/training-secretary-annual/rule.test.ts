import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const zhang = { name: "第一党支部", secretary: "张三" };
const branches = [zhang, { name: "第二党支部", secretary: "李四" }];
const training = (name: string, start: string, category = "集中轮训", branch?: string) => ({
  name,
  start,
  category,
  ...(branch ? { branch } : {}),
});
const missingZhang = {
  messageId: "missing",
  kind: "period" as const,
  period: "2024",
  branch: "第一党支部",
  person: "张三",
  sheet: "培训台账",
  severity: "error" as const,
};

testRule(rule, [
  {
    name: "each secretary attended a central training in the year",
    workbook: {
      branches,
      training: [training("张三", "2024-05-10"), training("李四", "2024-09-01", "市委党校培训班")],
    },
  },
  {
    name: "示范培训 and 集中培训 count as central training",
    workbook: {
      branches,
      training: [
        training("张三", "2024-05-10", "支部书记示范培训"),
        training("李四", "2024-09-01", "集中培训"),
      ],
    },
  },
  {
    name: "网络集中培训 is online study and does not count",
    workbook: { branches: [zhang], training: [training("张三", "2024-05-10", "网络集中培训")] },
    findings: [missingZhang],
  },
  {
    name: "自学 and other categories do not count",
    workbook: {
      branches: [zhang],
      training: [
        training("张三", "2024-05-10", "自学"),
        training("张三", "2024-06-10", "专题讲座"),
      ],
    },
    findings: [{ messageId: "missing", person: "张三" }],
  },
  {
    name: "a training starting on 12-31 counts; one starting 2023-12-28 does not",
    workbook: {
      branches,
      training: [training("张三", "2024-12-31"), training("李四", "2023-12-28")],
    },
    findings: [{ messageId: "missing", branch: "第二党支部", person: "李四" }],
  },
  {
    name: "someone else's training does not count",
    workbook: { branches: [zhang], training: [training("王五", "2024-05-10")] },
    findings: [missingZhang],
  },
  {
    name: "a namesake's training recorded under another branch does not count",
    workbook: {
      branches: [zhang],
      training: [training("张三", "2024-05-10", "集中轮训", "第二党支部")],
    },
    findings: [missingZhang],
  },
  {
    name: "a training row naming the secretary's branch counts",
    workbook: {
      branches: [zhang],
      training: [training("张三", "2024-05-10", "集中轮训", "第一党支部")],
    },
  },
  {
    name: "a secretary appointed after the year is not checked for it",
    workbook: {
      branches: [{ ...zhang, secretaryAppointed: "2025-01-05" }],
      training: [],
    },
  },
  {
    name: "appointed 2024-07-01 (deadline 2025-01-01 falls next year) → exempt this year",
    workbook: { branches: [{ ...zhang, secretaryAppointed: "2024-07-01" }], training: [] },
  },
  {
    name: "appointed 2024-06-30 (deadline 2024-12-30 within the year) → required",
    workbook: { branches: [{ ...zhang, secretaryAppointed: "2024-06-30" }], training: [] },
    findings: [missingZhang],
  },
  {
    name: "with exemptNewSecretaries off, a late-year appointee is required too",
    workbook: { branches: [{ ...zhang, secretaryAppointed: "2024-10-01" }], training: [] },
    options: { exemptNewSecretaries: false },
    findings: [missingZhang],
  },
  {
    name: "keywords are configurable: 网络 is no longer excluded",
    workbook: { branches: [zhang], training: [training("张三", "2024-05-10", "网络集中培训")] },
    settings: { excludedTrainingKeywords: ["自学"] },
  },
  {
    name: "before the year ends, within 15 days → reminder",
    workbook: { branches: [zhang], training: [] },
    settings: { asOf: asOf("2024-12-20") },
    findings: [
      {
        messageId: "missing",
        severity: "reminder",
        data: { branch: "第一党支部", person: "张三", period: "2024", dueDate: "2024-12-31" },
      },
    ],
  },
]);
