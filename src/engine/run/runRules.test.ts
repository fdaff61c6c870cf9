import { periodOf } from "../calendar/period";
import { buildWorkbook } from "../testing/buildWorkbook";
import { asOf, testSettings } from "../testing/ruleTester";
import { defineRule } from "../rules/types";
import { runRules } from "./runRules";

const meta = {
  ledger: "meetings" as const,
  requires: ["meetings" as const],
  reads: {},
  kind: "row" as const,
  defaultSeverity: "error" as const,
  title: { "zh-CN": "测试", "en-US": "Test" },
  description: { "zh-CN": "测试规则", "en-US": "A test rule" },
  fix: { "zh-CN": "改正", "en-US": "Correct it" },
  clause: { citations: [{ source: "ZB" as const, articles: [11] }] },
  messages: { bad: { "zh-CN": "第{row}行有误", "en-US": "row {row} is wrong" } },
};

/** Reports every meeting row as failing, twice on row 2, and one period per month of the year. */
const probe = defineRule({
  meta: {
    ...meta,
    id: "meeting-general-quorum",
    options: { minimum: { default: 1, description: meta.title } },
  },
  check(context) {
    for (const m of context.workbook.meetings?.records ?? []) {
      context.countRows();
      context.report({ messageId: "bad", row: m.row, sheet: "会议台账", data: { row: m.row } });
      if (m.row === 2)
        context.report({ messageId: "bad", row: m.row, sheet: "会议台账", data: { row: 2 } });
    }
    for (let month = 1; month <= 12; month++) {
      context.period({
        period: periodOf("month", context.year, month),
        met: month <= context.options.minimum,
        branch: "第一党支部",
        messageId: "bad",
        data: { row: month },
      });
    }
  },
});

const throwing = defineRule({
  meta: { ...meta, id: "meeting-committee-quorum", options: {} },
  check() {
    throw new Error("boom");
  },
});

const workbook = buildWorkbook({
  meetings: [
    { branch: "第一党支部", types: ["general"], date: "2024-01-05" },
    { branch: "第一党支部", types: ["general"], date: "2024-02-05" },
  ],
});

describe("runRules", () => {
  test("a rule that throws is recorded and every other rule still runs", () => {
    const result = runRules([throwing, probe], workbook, testSettings());
    expect(result.errors).toEqual([{ ruleId: "meeting-committee-quorum", message: "boom" }]);
    expect(result.findings.some((f) => f.ruleId === "meeting-general-quorum")).toBe(true);
  });

  test("statistics count rows checked, distinct rows failed and periods by status", () => {
    const result = runRules([probe], workbook, testSettings({ asOf: asOf("2024-06-20") }));
    expect(result.stats[0]).toEqual({
      ruleId: "meeting-general-quorum",
      rowsChecked: 2,
      rowsFailed: 2,
      periodsChecked: 12,
      periodsMet: 1,
      periodsMissing: 4, // Feb–May ended unmet
      periodsDueSoon: 1, // June ends within 15 days of 06-20
      findings: 3 + 4 + 1,
    });
    const reminder = result.findings.find((f) => f.severity === "reminder");
    expect(reminder).toMatchObject({
      kind: "period",
      period: "2024-06",
      data: { dueDate: "2024-06-30" },
    });
  });

  test("rule settings switch a rule off, set its severity and its options", () => {
    const settings = testSettings();
    settings.rules = {
      "meeting-general-quorum": { severity: "warning", options: { minimum: 12 } },
      "meeting-committee-quorum": { enabled: false },
    };
    const result = runRules([probe, throwing], workbook, settings);
    expect(result.errors).toEqual([]);
    expect(result.stats[1]).toMatchObject({
      ruleId: "meeting-committee-quorum",
      skipped: "disabled",
    });
    expect(result.findings.every((f) => f.severity === "warning")).toBe(true);
    expect(result.stats[0]?.periodsMet).toBe(12);
  });

  test("an option of the wrong type keeps the default", () => {
    const settings = testSettings();
    settings.rules = { "meeting-general-quorum": { options: { minimum: "twelve" } } };
    expect(runRules([probe], workbook, settings).stats[0]?.periodsMet).toBe(1);
  });

  test("an excused period that ends unmet is recorded excused and reported as a reminder", () => {
    const excusing = defineRule({
      meta: { ...meta, id: "training-member-hours", options: {} },
      check(context) {
        for (const month of [1, 2]) {
          context.period({
            period: periodOf("month", context.year, month),
            met: false,
            branch: "第一党支部",
            person: "张三",
            messageId: "bad",
            data: { row: month },
            excused: month === 1,
          });
        }
      },
    });
    const result = runRules([excusing], workbook, testSettings());
    expect(result.periods.map((p) => p.status)).toEqual(["excused", "missing"]);
    expect(result.findings.map((f) => [f.period, f.severity])).toEqual([
      ["2024-01", "reminder"],
      ["2024-02", "error"],
    ]);
    expect(result.stats[0]).toMatchObject({ periodsChecked: 2, periodsMissing: 1 });
  });

  test("a rule whose sheet is missing is skipped, not failed", () => {
    const result = runRules([probe], buildWorkbook({}), testSettings());
    expect(result.stats[0]).toMatchObject({ skipped: "missing-sheet", findings: 0 });
    expect(result.findings).toEqual([]);
  });
});
