import type { DuesInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const row = (
  months: string,
  paidDate: string | undefined,
  extra: Partial<DuesInput> = {}
): DuesInput => ({
  branch: "第一党支部",
  name: "张三",
  months,
  paid: 50,
  ...(paidDate ? { paidDate } : {}),
  ...extra,
});

testRule(rule, [
  {
    name: "paid in its own month, or in advance, passes",
    workbook: { dues: [row("2024-03", "2024-03-20"), row("2024-06", "2024-01-20")] },
  },
  {
    name: "paid on the deadline (2024-03 → 2024-09-30) passes",
    workbook: { dues: [row("2024-03", "2024-09-30")] },
  },
  {
    name: "paid the day after the deadline is a warning on the 交纳日期 cell",
    workbook: { dues: [row("2024-03", "2024-10-01")] },
    findings: [
      {
        messageId: "late",
        severity: "warning",
        kind: "row",
        sheet: "党费台账",
        row: 2,
        column: "I",
        branch: "第一党支部",
        person: "张三",
        period: "2024-03",
        data: {
          name: "张三",
          from: "2024-03",
          month: "2024-03",
          paidDate: "2024-10-01",
          deadline: "2024-09-30",
        },
      },
    ],
  },
  {
    name: "January's deadline is 7-31",
    workbook: { dues: [row("2024-01", "2024-07-31"), row("2024-01", "2024-08-01")] },
    findings: [
      { messageId: "late", row: 3, data: expect.objectContaining({ deadline: "2024-07-31" }) },
    ],
  },
  {
    name: "February 2024's deadline is the end of August",
    workbook: { dues: [row("2024-02", "2024-08-31"), row("2024-02", "2024-09-01")] },
    findings: [
      { messageId: "late", row: 3, data: expect.objectContaining({ deadline: "2024-08-31" }) },
    ],
  },
  {
    name: "the deadline may fall in the next year (2024-09 → 2025-03-31)",
    workbook: { dues: [row("2024-09", "2025-03-31"), row("2024-09", "2025-04-01")] },
    findings: [
      { messageId: "late", row: 3, data: expect.objectContaining({ deadline: "2025-03-31" }) },
    ],
  },
  {
    name: "a multi-month row is reckoned from its last month",
    workbook: {
      dues: [row("2024-01..2024-03", "2024-09-30"), row("2024-01..2024-03", "2024-10-08")],
    },
    findings: [
      {
        messageId: "late-months",
        row: 3,
        period: null,
        data: {
          name: "张三",
          from: "2024-01",
          month: "2024-03",
          paidDate: "2024-10-08",
          deadline: "2024-09-30",
        },
      },
    ],
  },
  {
    name: "a 交纳日期 written as a month only is skipped",
    workbook: { dues: [row("2024-01", "2024-12")] },
  },
  {
    name: "rows without 交纳日期 or 所属月份 are skipped",
    workbook: {
      dues: [
        row("2024-01", undefined),
        { branch: "第一党支部", name: "张三", paid: 5, paidDate: "2025-06-01" },
      ],
    },
  },
  {
    name: "the limit can be configured",
    options: { limitMonths: 3 },
    workbook: { dues: [row("2024-03", "2024-06-30"), row("2024-03", "2024-07-01")] },
    findings: [
      { messageId: "late", row: 3, data: expect.objectContaining({ deadline: "2024-06-30" }) },
    ],
  },
]);
