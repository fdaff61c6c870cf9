import { formatTemplate } from "../../i18n/formatTemplate";
import type { DuesInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const row = (extra: Partial<DuesInput>): DuesInput => ({
  branch: "第一党支部",
  name: "张三",
  months: "2024-03",
  ...extra,
});

testRule(rule, [
  {
    name: "paying what is due, or more, passes",
    workbook: {
      dues: [
        row({ due: 120, paid: 120 }),
        row({ due: 120, paid: 200 }),
        row({ due: 0.2, paid: 0.2 }),
      ],
    },
  },
  {
    name: "paying less than 应交 is reported on the 实交 cell",
    workbook: { dues: [row({ due: 120, paid: 100 })] },
    findings: [
      {
        messageId: "short",
        severity: "error",
        kind: "row",
        sheet: "党费台账",
        row: 2,
        column: "H",
        branch: "第一党支部",
        person: "张三",
        period: "2024-03",
        data: {
          name: "张三",
          span: "2024-03",
          paid: 100,
          due: 120,
          months: 1,
          total: 120,
          shortfall: 20,
        },
      },
    ],
  },
  {
    name: "one 分 short is short",
    workbook: { dues: [row({ due: 30.01, paid: 30 })] },
    findings: [{ messageId: "short", data: expect.objectContaining({ shortfall: 0.01 }) }],
  },
  {
    name: "nothing paid is short",
    workbook: { dues: [row({ due: 15, paid: 0 })] },
    findings: [{ messageId: "short", data: expect.objectContaining({ shortfall: 15 }) }],
  },
  {
    name: "without 应交, the computed amount is the floor",
    workbook: {
      dues: [
        row({ base: 8000, paid: 120 }),
        row({ base: 8000, paid: 119.99 }),
        row({ base: 3000.01, paid: 30 }),
      ],
    },
    findings: [
      {
        messageId: "short-computed",
        row: 3,
        column: "H",
        data: {
          name: "张三",
          span: "2024-03",
          paid: 119.99,
          expected: 120,
          months: 1,
          shortfall: 0.01,
        },
      },
    ],
  },
  {
    name: "without 应交 or 党费基数 there is nothing to compare",
    workbook: { dues: [row({ paid: 1 })] },
  },
  {
    name: "a student without 应交 owes 0.20 a month",
    workbook: {
      dues: [
        row({ personCategory: "student", paid: 0.2 }),
        row({ personCategory: "student", paid: 0.1 }),
        row({ personCategory: "farmer", months: "2024-01..2024-03", paid: 0.6 }),
      ],
    },
    findings: [
      { messageId: "short-computed", row: 3, data: expect.objectContaining({ expected: 0.2 }) },
    ],
  },
  {
    name: "the category comes from the roster",
    workbook: {
      members: [{ name: "张三", branch: "第一党支部", personCategory: "retired" }],
      dues: [row({ base: 6000, paid: 60 }), row({ base: 6000, paid: 59 })],
    },
    findings: [
      { messageId: "short-computed", row: 3, data: expect.objectContaining({ expected: 60 }) },
    ],
  },
  {
    name: "a multi-month row: 应交 for the row is the total",
    workbook: {
      dues: [
        row({ months: "2024-01..2024-03", base: 8000, due: 360, paid: 360 }),
        row({ months: "2024-01..2024-03", base: 8000, due: 360, paid: 240 }),
        row({ months: "2024-01..2024-03", due: 300, paid: 200 }),
      ],
    },
    findings: [
      {
        messageId: "short",
        row: 3,
        period: null,
        data: expect.objectContaining({ total: 360, shortfall: 120 }),
      },
      { messageId: "short", row: 4, data: expect.objectContaining({ total: 300, shortfall: 100 }) },
    ],
  },
  {
    name: "a multi-month row: 应交 written per month is multiplied by the months",
    workbook: {
      dues: [
        row({ months: "2024-01..2024-03", base: 8000, due: 120, paid: 360 }),
        row({ months: "2024-01..2024-03", base: 8000, due: 120, paid: 120 }),
      ],
    },
    findings: [
      {
        messageId: "short-monthly",
        row: 3,
        data: {
          name: "张三",
          span: "2024-01..2024-03",
          paid: 120,
          due: 120,
          months: 3,
          total: 360,
          shortfall: 240,
        },
      },
    ],
  },
  {
    name: "a multi-month row without 应交 owes the computed amount for every month",
    workbook: {
      dues: [
        row({ months: "2024-01..2024-06", base: 8000, paid: 720 }),
        row({ months: "2024-01..2024-06", base: 8000, paid: 120 }),
      ],
    },
    findings: [
      {
        messageId: "short-computed",
        row: 3,
        data: expect.objectContaining({ expected: 720, months: 6 }),
      },
    ],
  },
  {
    name: "an approved reduction or exemption may pay less",
    workbook: {
      dues: [
        row({ due: 120, paid: 0, remark: "经支部批准免交" }),
        row({ base: 8000, paid: 10, remark: "困难党员，经党委批准减免" }),
      ],
    },
  },
  {
    name: "a remark that says it was not approved does not excuse",
    workbook: { dues: [row({ due: 120, paid: 60, remark: "未经批准少交" })] },
    findings: [{ messageId: "short" }],
  },
  {
    name: "a row whose 实交 could not be read is skipped",
    workbook: { dues: [row({ due: 120 })] },
  },
]);

describe("dues-paid-in-full summary messages", () => {
  test("every message has a summary variant naming whose payment, without figures", () => {
    const { messages, summaryMessages } = rule.meta;
    for (const id of Object.keys(messages) as (keyof typeof messages)[]) {
      const variant = summaryMessages?.[id];
      expect(variant).toBeDefined();
      for (const text of Object.values(variant ?? {})) {
        expect(text).toMatch(/^\{name\},? ?\{span:months\}/);
        expect(text.replace(/\{name\}|\{span:months\}/g, "")).not.toMatch(/[{}\d]/);
      }
    }
  });

  test("the 汇总表 line names the member and the months", () => {
    const template = rule.meta.summaryMessages?.["short"]?.["zh-CN"] ?? "";
    const data = { name: "李四", span: "2025-07", paid: 100, due: 120 };
    expect(formatTemplate(template, data, "zh-CN")).toBe("李四2025年7月的实交党费少于应交党费");
  });
});
