import type { DuesInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const row = (paidDate: string | undefined, months = "2024-03"): DuesInput => ({
  branch: "第一党支部",
  name: "张三",
  months,
  paid: 50,
  ...(paidDate ? { paidDate } : {}),
});

testRule(rule, [
  {
    name: "a unit without a collection day is a warning on 单位信息 (SEED（十二）)",
    workbook: { unitInfo: { unitName: "市某某局" }, dues: [row("2024-03-05")] },
    findings: [{ messageId: "unset", severity: "warning", kind: "structure", sheet: "单位信息" }],
  },
  {
    name: "without a 单位信息 sheet nothing says whether a day was set: no finding",
    workbook: { dues: [row("2024-03-05")] },
  },
  {
    name: "off when the caller switched the collection day off",
    settings: { collectionDayOff: true },
    workbook: { dues: [row("2024-03-05")] },
  },
  {
    name: "an unreadable 党费集中交纳日 is the reader's finding, not this rule's",
    workbook: {
      dues: [row("2024-03-05")],
      issues: [
        {
          type: "unreadable-cell",
          ledger: "unitInfo",
          sheet: "单位信息",
          row: 6,
          column: "B",
          field: "collectionDay",
          header: "党费集中交纳日",
          text: "每月20日前",
          blank: false,
          expected: "text",
        },
      ],
    },
  },
  {
    name: "paid on the collection day passes",
    settings: { collectionDay: 20 },
    workbook: { dues: [row("2024-03-20"), row("2024-04-22", "2024-04..2024-06")] },
  },
  {
    name: "a collection day on a Saturday moves to Monday: paying on the Saturday is off by 2",
    settings: { collectionDay: 20 },
    workbook: { dues: [row("2024-04-20", "2024-04")] },
    findings: [{ messageId: "off-day", data: expect.objectContaining({ diff: 2 }) }],
  },
  {
    name: "another day is a warning on the 交纳日期 cell",
    settings: { collectionDay: 20 },
    workbook: { dues: [row("2024-03-21")] },
    findings: [
      {
        messageId: "off-day",
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
          span: "2024-03",
          paidDate: "2024-03-21",
          day: 20,
          diff: 1,
          tolerance: 0,
        },
      },
    ],
  },
  {
    name: "within the tolerance passes; beyond it is a warning",
    settings: { collectionDay: 20 },
    options: { collectionDayToleranceDays: 3 },
    workbook: {
      dues: [row("2024-03-17"), row("2024-03-23"), row("2024-03-24"), row("2024-03-16")],
    },
    findings: [
      {
        messageId: "off-day-tolerance",
        row: 4,
        data: {
          name: "张三",
          span: "2024-03",
          paidDate: "2024-03-24",
          day: 20,
          diff: 4,
          tolerance: 3,
        },
      },
      { messageId: "off-day-tolerance", row: 5, data: expect.objectContaining({ diff: 4 }) },
    ],
  },
  {
    name: "the tolerance reaches across the month's end",
    settings: { collectionDay: 1 },
    options: { collectionDayToleranceDays: 2 },
    workbook: { dues: [row("2024-02-29"), row("2024-03-03"), row("2024-03-04")] },
    findings: [
      { messageId: "off-day-tolerance", row: 4, data: expect.objectContaining({ diff: 3 }) },
    ],
  },
  {
    name: "a collection day of 31 falls on the last day of shorter months",
    settings: { collectionDay: 31 },
    workbook: {
      dues: [row("2024-04-30"), row("2024-02-29"), row("2024-03-29"), row("2024-04-01")],
    },
    // March 31st 2024 is a Sunday: March's collection day is Monday 1 April.
    findings: [{ messageId: "off-day", row: 4, data: expect.objectContaining({ diff: 3 }) }],
  },
  {
    name: "month-only and missing dates are skipped",
    settings: { collectionDay: 20 },
    workbook: { dues: [row("2024-03"), row(undefined)] },
  },
]);
