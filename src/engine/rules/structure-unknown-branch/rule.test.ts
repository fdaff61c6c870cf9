import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [
  { name: "第一党支部", secretary: "张三" },
  { name: "第二党支部", secretary: "李四" },
  { name: "第十一党支部", secretary: "王五" },
];

testRule(rule, [
  {
    name: "a 会议台账 row of the 机关党委 or the 党组 (述职, 民主生活会) belongs to no branch and passes",
    workbook: {
      branches,
      meetings: [
        { branch: "机关党委", types: ["report-review"], date: "2024-12-20" },
        { branch: "局党组", types: ["democratic-life"], date: "2024-12-26" },
      ],
      dues: [{ branch: "机关党委", name: "张三", paid: 50 }],
    },
    findings: [{ messageId: "unknown", sheet: "党费台账" }],
  },
  {
    name: "rows naming listed branches pass",
    workbook: {
      branches,
      members: [{ name: "张三", branch: "第一党支部" }],
      meetings: [{ branch: "第二党支部", types: ["general"], date: "2024-03-01" }],
      lectures: [{ branch: "第一党支部", date: "2024-03-01", lecturer: "张三" }],
      dues: [{ branch: "第一党支部", name: "张三", months: "2024-01", paid: 50 }],
      training: [{ name: "张三", branch: "第一党支部", category: "集中轮训", start: "2024-05-01" }],
    },
  },
  {
    name: "an unlisted branch in the roster",
    workbook: { branches, members: [{ name: "赵六", branch: "综合处党支部" }] },
    findings: [
      {
        messageId: "unknown",
        severity: "warning",
        kind: "structure",
        sheet: "党员名册",
        row: 2,
        column: "B",
        branch: "综合处党支部",
        person: "赵六",
        data: { sheet: "党员名册", row: 2, branch: "综合处党支部", branchSheet: "支部信息" },
      },
    ],
  },
  {
    name: "a near miss suggests the listed name (第一支部 → 第一党支部)",
    workbook: {
      branches,
      meetings: [{ branch: "第一支部", types: ["general"], date: "2024-03-01" }],
    },
    findings: [
      {
        messageId: "nearMiss",
        sheet: "会议台账",
        row: 2,
        column: "A",
        person: null,
        data: {
          sheet: "会议台账",
          row: 2,
          branch: "第一支部",
          branchSheet: "支部信息",
          suggestion: "第一党支部",
        },
      },
    ],
  },
  {
    name: "an ambiguous near miss makes no suggestion (一支部: 第一 or 第十一)",
    workbook: { branches, lectures: [{ branch: "一支部", date: "2024-03-01", lecturer: "张三" }] },
    findings: [{ messageId: "unknown", sheet: "党课台账" }],
  },
  {
    name: "every ledger that names a branch is checked, in template order",
    workbook: {
      branches,
      training: [{ name: "张三", branch: "第1党支部", category: "集中轮训", start: "2024-05-01" }],
      dues: [{ branch: "第三党支部", name: "李四", months: "2024-01", paid: 50 }],
      members: [{ name: "王五", branch: "第二支部" }],
    },
    findings: [
      {
        messageId: "nearMiss",
        sheet: "党员名册",
        data: expect.objectContaining({ suggestion: "第二党支部" }),
      },
      { messageId: "unknown", sheet: "党费台账", row: 2, column: "A", person: "李四" },
      {
        messageId: "nearMiss",
        sheet: "培训台账",
        column: "B",
        person: "张三",
        data: expect.objectContaining({ suggestion: "第一党支部" }),
      },
    ],
  },
  {
    name: "blank branches are left to structure-unreadable-cell",
    workbook: {
      branches,
      members: [{ name: "张三", branch: "" }],
      training: [{ name: "张三", category: "集中轮训", start: "2024-05-01" }],
    },
  },
  {
    name: "without any branch listed in 支部信息 nothing is judged",
    workbook: {
      branches: [{ name: "", secretary: "张三" }],
      members: [{ name: "赵六", branch: "综合处党支部" }],
    },
  },
  {
    name: "without 支部信息 the rule does not run",
    workbook: { members: [{ name: "赵六", branch: "综合处党支部" }] },
  },
]);
