import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];
const afterDeadline = { asOf: asOf("2025-04-15") };

testRule(rule, [
  {
    name: "a 民主评议党员 row passes",
    workbook: { branches, meetings: [{ branch, types: ["appraisal"], date: "2024-02-20" }] },
    settings: afterDeadline,
  },
  {
    name: "none in the year, after the deadline → warning",
    workbook: {
      branches,
      meetings: [{ branch, types: ["org-life"], date: "2024-02-20", topic: "对照检查" }],
    },
    settings: afterDeadline,
    findings: [
      { messageId: "missing", kind: "period", branch, period: "2024", severity: "warning" },
    ],
  },
  {
    name: "none yet before the deadline → reminder",
    workbook: { branches, meetings: [] },
    findings: [
      {
        messageId: "missing",
        severity: "reminder",
        data: { branch, period: "2024", dueDate: "2025-03-31" },
      },
    ],
  },
  {
    name: "an 组织生活会 whose 主题 mentions 民主评议 counts for the year it names",
    workbook: {
      branches,
      meetings: [
        {
          branch,
          types: ["org-life"],
          date: "2025-02-20",
          topic: "2024年度组织生活会和民主评议党员",
        },
      ],
    },
    settings: afterDeadline,
  },
  {
    name: "a 支部党员大会, 支委会 or 党小组会 whose 主题 mentions 民主评议 counts",
    workbook: {
      branches: [
        ...branches,
        { name: "第二党支部", secretary: "李四" },
        { name: "第三党支部", secretary: "王五" },
      ],
      meetings: [
        { branch, types: ["general"], date: "2024-02-20", topic: "开展民主评议党员" },
        { branch: "第二党支部", types: ["committee"], date: "2024-02-20", topic: "民主评议党员" },
        { branch: "第三党支部", types: ["group"], date: "2024-02-20", topic: "民主评议党员" },
      ],
    },
    settings: afterDeadline,
  },
  {
    name: "a 主题党日 mentioning 民主评议 does not count",
    workbook: {
      branches,
      meetings: [{ branch, types: ["theme-day"], date: "2024-02-20", topic: "学习民主评议办法" }],
    },
    settings: afterDeadline,
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "keywords are configurable",
    workbook: {
      branches,
      meetings: [{ branch, types: ["org-life"], date: "2024-02-20", topic: "党员评议" }],
    },
    settings: afterDeadline,
    options: { topicKeywords: ["党员评议"] },
  },
  {
    name: "last year's appraisal does not count",
    workbook: { branches, meetings: [{ branch, types: ["appraisal"], date: "2023-12-28" }] },
    settings: afterDeadline,
    findings: [{ messageId: "missing", period: "2024" }],
  },
]);
