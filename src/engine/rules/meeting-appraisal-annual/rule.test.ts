import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];

testRule(rule, [
  {
    name: "a 民主评议党员 row passes",
    workbook: { branches, meetings: [{ branch, types: ["appraisal"], date: "2024-02-20" }] },
  },
  {
    name: "none in the year → warning",
    workbook: {
      branches,
      meetings: [{ branch, types: ["org-life"], date: "2024-02-20", topic: "对照检查" }],
    },
    findings: [
      { messageId: "missing", kind: "period", branch, period: "2024", severity: "warning" },
    ],
  },
  {
    name: "an 组织生活会 whose 主题 mentions 民主评议 counts",
    workbook: {
      branches,
      meetings: [
        {
          branch,
          types: ["org-life"],
          date: "2024-02-20",
          topic: "2023年度组织生活会和民主评议党员",
        },
      ],
    },
  },
  {
    name: "a 支部党员大会 whose 主题 mentions 民主评议 counts",
    workbook: {
      branches,
      meetings: [{ branch, types: ["general"], date: "2024-02-20", topic: "开展民主评议党员" }],
    },
  },
  {
    name: "a 主题党日 mentioning 民主评议 does not count",
    workbook: {
      branches,
      meetings: [{ branch, types: ["theme-day"], date: "2024-02-20", topic: "学习民主评议办法" }],
    },
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "keywords are configurable",
    workbook: {
      branches,
      meetings: [{ branch, types: ["org-life"], date: "2024-02-20", topic: "党员评议" }],
    },
    options: { topicKeywords: ["党员评议"] },
  },
  {
    name: "last year's appraisal does not count",
    workbook: { branches, meetings: [{ branch, types: ["appraisal"], date: "2023-12-28" }] },
    findings: [{ messageId: "missing", period: "2024" }],
  },
  {
    name: "the configured severity applies",
    workbook: { branches, meetings: [] },
    findings: [{ messageId: "missing", severity: "warning" }],
  },
]);
