import { formatTemplate } from "../../i18n/formatTemplate";
import type { PersonCategory } from "../../model/vocabulary";
import type { DuesInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const row = (extra: Partial<DuesInput>): DuesInput => ({
  branch: "第一党支部",
  name: "张三",
  months: "2024-03",
  paid: 0,
  ...extra,
});
const rated = (base: number, due: number, personCategory: PersonCategory = "serving") =>
  row({ base, due, personCategory, paid: due });

/** specification.md's boundary table: base, category, amount, and the amount of the neighbouring band. */
const BOUNDARIES: [number, PersonCategory, number, number][] = [
  [3000.0, "serving", 15.0, 30.0],
  [3000.01, "serving", 30.0, 15.0],
  [5000, "serving", 50.0, 75.0],
  [5000.01, "serving", 75.0, 50.0],
  [10000, "serving", 150.0, 200.0],
  [10000.01, "serving", 200.0, 150.0],
  [5000, "retired", 25.0, 50.0],
  [5000.01, "retired", 50.0, 25.0],
];

testRule(rule, [
  ...BOUNDARIES.map(([base, category, due]) => ({
    name: `${category} base ${base} → ${due.toFixed(2)} passes`,
    workbook: { dues: [rated(base, due, category)] },
  })),
  ...BOUNDARIES.map(([base, category, due, wrong]) => ({
    name: `${category} base ${base} with the neighbouring band's ${wrong.toFixed(2)} fails`,
    workbook: { dues: [rated(base, wrong, category)] },
    findings: [
      { messageId: "amount", data: expect.objectContaining({ due: wrong, expected: due, base }) },
    ],
  })),
  {
    name: "a wrong amount is reported on the 应交党费 cell of the row, with branch, person and month",
    workbook: { dues: [rated(8000, 100)] },
    findings: [
      {
        messageId: "amount",
        severity: "error",
        kind: "row",
        sheet: "党费台账",
        row: 2,
        column: "G",
        branch: "第一党支部",
        person: "张三",
        period: "2024-03",
        data: {
          name: "张三",
          span: "2024-03",
          due: 100,
          base: 8000,
          rate: 0.015,
          expected: 120,
          expectedMax: 120,
          months: 1,
          total: 120,
          totalMax: 120,
        },
      },
    ],
  },
  {
    name: "one 分 off is wrong under 分 rounding",
    workbook: { dues: [rated(3000.01, 30.01)] },
    findings: [{ messageId: "amount", data: expect.objectContaining({ expected: 30 }) }],
  },
  {
    name: "under 元 rounding, 90 and 90.45 are both right for 6030 (90.45)",
    settings: { duesRounding: "yuan" },
    workbook: { dues: [rated(6030, 90), rated(6030, 90.45)] },
  },
  {
    name: "under 元 rounding, 91 is wrong for 6030",
    settings: { duesRounding: "yuan" },
    workbook: { dues: [rated(6030, 91)] },
    findings: [{ messageId: "amount", data: expect.objectContaining({ expected: 90 }) }],
  },
  {
    name: "under 角 rounding, 45.50 is right for 4545 (45.45)",
    settings: { duesRounding: "jiao" },
    workbook: { dues: [rated(4545, 45.5)] },
  },
  {
    name: "a stated rate that is the band's passes",
    workbook: {
      dues: [
        row({ base: 8000, ratio: 0.015, due: 120 }),
        row({ base: 3000, ratio: 0.005, due: 15 }),
      ],
    },
  },
  {
    name: "a stated rate of another band is reported on the 交纳比例 cell",
    workbook: { dues: [row({ base: 3000.01, ratio: 0.005, due: 30 })] },
    findings: [
      {
        messageId: "ratio",
        column: "F",
        row: 2,
        data: { name: "张三", span: "2024-03", base: 3000.01, ratio: 0.005, expectedRatio: 0.01 },
      },
    ],
  },
  {
    name: "a wrong rate and the amount computed from it are one finding, on the 交纳比例 cell",
    workbook: { dues: [row({ base: 8000, ratio: 0.01, due: 80 })] },
    findings: [
      {
        messageId: "ratio-amount",
        column: "F",
        data: expect.objectContaining({
          ratio: 0.01,
          expectedRatio: 0.015,
          due: 80,
          expected: 120,
        }),
      },
    ],
  },
  {
    name: "a wrong rate over three months names the row's total once",
    workbook: { dues: [row({ base: 3000.01, ratio: 0.005, due: 45, months: "2024-01..2024-03" })] },
    findings: [
      {
        messageId: "ratio-amount-months",
        column: "F",
        data: expect.objectContaining({ expected: 30, total: 90, months: 3, due: 45 }),
      },
    ],
  },
  {
    name: "a wrong rate with the right amount is the rate alone",
    workbook: { dues: [row({ base: 8000, ratio: 0.01, due: 120 })] },
    findings: [{ messageId: "ratio", column: "F" }],
  },
  {
    name: "a row without 党费基数 is not checked",
    workbook: { dues: [row({ due: 1234.56, ratio: 0.07 })] },
  },
  {
    name: "a row without 应交党费 has only its rate checked",
    workbook: { dues: [row({ base: 8000 }), row({ base: 8000, ratio: 0.02 })] },
    findings: [{ messageId: "ratio", row: 3 }],
  },
  {
    name: "an unknown category uses the 在职 table",
    workbook: { dues: [row({ base: 5000.01, due: 75 })] },
  },
  {
    name: "the category comes from the roster when the row has none",
    workbook: {
      members: [{ name: "张三", branch: "第一党支部", personCategory: "retired" }],
      dues: [row({ base: 5000, due: 25 }), row({ base: 5000, due: 50 })],
    },
    findings: [{ messageId: "amount", row: 3, data: expect.objectContaining({ expected: 25 }) }],
  },
  {
    name: "a student pays 0.20 a month, with or without a base",
    workbook: {
      dues: [
        row({ personCategory: "student", due: 0.2 }),
        row({ personCategory: "student", base: 9000, due: 0.2 }),
      ],
    },
  },
  {
    name: "a student's other amount is wrong",
    workbook: { dues: [row({ personCategory: "unemployed", due: 0.5 })] },
    findings: [{ messageId: "flat", data: expect.objectContaining({ expected: 0.2, due: 0.5 }) }],
  },
  {
    name: "a farmer may pay anything from 0.20 to 1.00",
    workbook: {
      dues: [0.2, 0.5, 1].map((due) => row({ personCategory: "farmer", due })),
    },
  },
  {
    name: "a farmer's 1.50 is outside the range",
    workbook: { dues: [row({ personCategory: "farmer", due: 1.5 })] },
    findings: [
      { messageId: "range", data: expect.objectContaining({ expected: 0.2, expectedMax: 1 }) },
    ],
  },
  {
    name: "a multi-month row may state 应交党费 per month or for the row",
    workbook: {
      dues: [
        row({ months: "2024-01..2024-03", base: 8000, due: 120 }),
        row({ months: "2024-01..2024-03", base: 8000, due: 360 }),
        row({ months: "2024-01..2024-03", personCategory: "student", due: 0.6 }),
      ],
    },
  },
  {
    name: "a multi-month row with neither is wrong, and names the months",
    workbook: { dues: [row({ months: "2024-01..2024-03", base: 8000, due: 240 })] },
    findings: [
      {
        messageId: "amount-months",
        period: null,
        data: expect.objectContaining({ expected: 120, total: 360, months: 3, due: 240 }),
      },
    ],
  },
  {
    name: "multi-month flat and range rows have their own messages",
    workbook: {
      dues: [
        row({ months: "2024-01..2024-03", personCategory: "student", due: 1 }),
        row({ months: "2024-01..2024-03", personCategory: "farmer", due: 4 }),
      ],
    },
    findings: [
      { messageId: "flat-months", data: expect.objectContaining({ total: 0.6 }) },
      { messageId: "range-months", data: expect.objectContaining({ total: 0.6, totalMax: 3 }) },
    ],
  },
  {
    name: "an approved reduction or exemption is not checked",
    workbook: {
      dues: [
        row({ base: 8000, due: 10, ratio: 0.001, remark: "经党委批准减免" }),
        row({ base: 8000, due: 0, remark: "经批准免交" }),
      ],
    },
  },
  {
    name: "approval to pay quarterly is no reduction",
    workbook: {
      dues: [
        row({ months: "2024-01..2024-03", base: 8000, due: 100, remark: "经支部批准按季度交纳" }),
      ],
    },
    findings: [{ messageId: "amount-months" }],
  },
]);

describe("dues-rate summary messages", () => {
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
    const template = rule.meta.summaryMessages?.["ratio-amount-months"]?.["zh-CN"] ?? "";
    const data = { name: "张三", span: "2025-01..2025-03", base: 8000, ratio: 0.01 };
    expect(formatTemplate(template, data, "zh-CN")).toBe(
      "张三2025年1月至3月的交纳比例和应交党费与党费基数对应的档次不符"
    );
  });
});
