import type { DuesInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const row = (months: string, remark?: string): DuesInput => ({
  branch: "第一党支部",
  name: "张三",
  months,
  paid: 150,
  ...(remark !== undefined ? { remark } : {}),
});

testRule(rule, [
  {
    name: "a one-month row needs no approval",
    workbook: { dues: [row("2024-03"), row("2024-04", "补交")] },
  },
  {
    name: "a multi-month row whose 备注 says 经支部同意 or 批准 passes",
    workbook: {
      dues: [
        row("2024-01..2024-03", "经支部同意按季度交纳"),
        row("2024-04..2024-06", "经支部批准"),
      ],
    },
  },
  {
    name: "a multi-month row without 备注 is a warning on the 备注 cell",
    workbook: { dues: [row("2024-01..2024-03")] },
    findings: [
      {
        messageId: "unapproved",
        severity: "warning",
        kind: "row",
        sheet: "党费台账",
        row: 2,
        column: "J",
        branch: "第一党支部",
        person: "张三",
        data: { name: "张三", from: "2024-01", to: "2024-03", count: 3, limit: 6 },
      },
    ],
  },
  {
    name: "a 备注 that says something else, or says it was not approved, is a warning",
    workbook: {
      dues: [row("2024-01..2024-02", "按季度交纳"), row("2024-03..2024-04", "未经支部同意")],
    },
    findings: [
      {
        messageId: "unapproved",
        row: 2,
        data: { name: "张三", from: "2024-01", to: "2024-02", count: 2, limit: 6 },
      },
      { messageId: "unapproved", row: 3 },
    ],
  },
  {
    name: "a row reaching across the year's end counts its months",
    workbook: { dues: [row("2024-11..2025-01")] },
    findings: [
      {
        messageId: "unapproved",
        data: { name: "张三", from: "2024-11", to: "2025-01", count: 3, limit: 6 },
      },
    ],
  },
  {
    name: "4 to 6 months at once are a warning on 所属月份, approved or not",
    workbook: {
      dues: [row("2024-01..2024-04", "经支部同意"), row("2024-07..2024-12", "经支部同意")],
    },
    findings: [
      {
        messageId: "beyondQuarter",
        severity: "warning",
        row: 2,
        column: "D",
        data: { name: "张三", from: "2024-01", to: "2024-04", count: 4, limit: 6 },
      },
      {
        messageId: "beyondQuarter",
        severity: "warning",
        row: 3,
        data: expect.objectContaining({ count: 6 }),
      },
    ],
  },
  {
    name: "more than 6 months at once is an error",
    workbook: { dues: [row("2024-01..2024-07", "经支部同意"), row("2024-01..2024-12")] },
    findings: [
      { messageId: "beyondHalfYear", severity: "error", row: 2, column: "D" },
      {
        messageId: "beyondHalfYear",
        severity: "error",
        row: 3,
        data: expect.objectContaining({ count: 12 }),
      },
    ],
  },
  {
    name: "the approval words can be configured",
    options: { approvalKeywords: ["报备"] },
    workbook: {
      dues: [row("2024-01..2024-03", "已向支部报备"), row("2024-04..2024-06", "经支部同意")],
    },
    findings: [{ messageId: "unapproved", row: 3 }],
  },
  {
    name: "rows without 所属月份 are skipped",
    workbook: { dues: [{ branch: "第一党支部", name: "张三", paid: 150 }] },
  },
]);
