import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import { buildTemplateModel, templateSheetOf } from "./buildTemplateModel";
import { COLUMN_RULES } from "./columnRules";
import { TEMPLATE_FIRST_DATA_ROW, TEMPLATE_HEADER_ROW } from "./layout";
import type { LedgerTemplateSheet, TemplateValidation } from "./types";
import { LIST_FORMULA_LIMIT, PROMPT_LIMIT, PROMPT_TITLE_LIMIT } from "./validations";

const ledgerSheets = (model = buildTemplateModel({ year: 2025 })): LedgerTemplateSheet[] =>
  model.sheets.filter((s): s is LedgerTemplateSheet => s.kind === "ledger");

function allValidations(model = buildTemplateModel({ year: 2025 })): TemplateValidation[] {
  return model.sheets.flatMap((sheet) => {
    if (sheet.kind === "ledger") return sheet.columns.flatMap((c) => c.validation ?? []);
    if (sheet.kind === "unitInfo") return sheet.entries.flatMap((e) => e.validation ?? []);
    return [];
  });
}

describe("buildTemplateModel", () => {
  it("lays the sheets out in the template's order", () => {
    expect(buildTemplateModel().sheets.map((s) => s.name)).toEqual([
      "填表说明",
      "单位信息",
      "支部信息",
      "党员名册",
      "会议台账",
      "党课台账",
      "党费台账",
      "培训台账",
      "谈心谈话台账",
    ]);
  });

  it("has every schema column of every ledger, canonical header, in schema order", () => {
    const model = buildTemplateModel({ year: 2025 });
    for (const schema of LEDGER_SCHEMAS) {
      if (schema.id === "unitInfo") {
        expect(templateSheetOf(model, "unitInfo").entries.map((e) => e.label)).toEqual(
          schema.columns.map((c) => c.header)
        );
        continue;
      }
      const sheet = templateSheetOf(model, schema.id);
      expect(sheet.name).toBe(schema.sheet);
      expect(sheet.columns.map((c) => c.header)).toEqual(schema.columns.map((c) => c.header));
      expect(sheet.columns.map((c) => c.field)).toEqual(schema.columns.map((c) => c.field));
    }
  });

  it("marks required columns with a leading * and nothing else", () => {
    for (const sheet of ledgerSheets()) {
      for (const column of sheet.columns) {
        expect(column.label).toBe(column.required ? `*${column.header}` : column.header);
      }
    }
  });

  it("titles sheets with the year when given, and without it otherwise", () => {
    expect(templateSheetOf(buildTemplateModel({ year: 2025 }), "meetings").title).toBe(
      "会议台账（2025年度）"
    );
    expect(templateSheetOf(buildTemplateModel(), "meetings").title).toBe("会议台账");
    expect(templateSheetOf(buildTemplateModel({ year: 2025, locale: "en-US" }), "dues").title).toBe(
      "党费台账 (2025)"
    );
  });

  it("pre-fills 年度 and 单位名称 in 单位信息 from the options only", () => {
    const filled = templateSheetOf(
      buildTemplateModel({ year: 2025, unitName: " 市某某局 " }),
      "unitInfo"
    );
    const value = (key: string) => filled.entries.find((e) => e.key === key)?.value;
    expect(value("year")).toBe(2025);
    expect(value("unitName")).toBe("市某某局");
    expect(value("departmentSecretary")).toBe("");
    const blank = templateSheetOf(buildTemplateModel({ year: 12, unitName: "  " }), "unitInfo");
    expect(blank.entries.map((e) => e.value)).toEqual(Array(13).fill(""));
  });

  it("gives number formats by the kind of cell", () => {
    const model = buildTemplateModel();
    const format = (ledger: "dues" | "meetings" | "training", field: string) =>
      templateSheetOf(model, ledger).columns.find((c) => c.field === field)?.numberFormat;
    expect(format("meetings", "date")).toBe("yyyy-mm-dd");
    expect(format("dues", "paid")).toBe("#,##0.00");
    expect(format("dues", "ratio")).toBe("0.0%");
    expect(format("meetings", "attended")).toBe("0");
    expect(format("dues", "months")).toBe("@");
  });

  it("offers the lists of the specification and 支部信息's branches", () => {
    const model = buildTemplateModel();
    const rule = (ledger: "members" | "training" | "meetings", field: string) =>
      templateSheetOf(model, ledger).columns.find((c) => c.field === field)?.validation?.rule;
    expect(rule("members", "memberCategory")).toEqual({
      type: "list",
      values: ["正式党员", "预备党员"],
    });
    expect(rule("members", "personCategory")).toEqual({
      type: "list",
      values: ["在职", "离退休", "学生", "下岗失业", "低保", "农民", "其他"],
    });
    expect(rule("training", "category")).toEqual({
      type: "list",
      values: ["集中轮训", "集中培训", "党校培训", "示范培训", "网络培训", "自学", "其他"],
    });
    expect(rule("meetings", "branch")).toEqual({
      type: "list-range",
      range: "'支部信息'!$A$3:$A$5000",
    });
    expect(rule("members", "isLeader")).toEqual({ type: "list", values: ["是", "否"] });
  });

  it.each(["zh-CN", "en-US"] as const)(
    "keeps every validation within Excel's limits and lets entries through (%s)",
    (locale) => {
      const validations = allValidations(buildTemplateModel({ year: 2025, locale }));
      expect(validations.length).toBeGreaterThan(20);
      for (const v of validations) {
        expect(v.errorStyle).toBe("warning");
        expect(v.promptTitle.length).toBeLessThanOrEqual(PROMPT_TITLE_LIMIT);
        expect(v.errorTitle.length).toBeLessThanOrEqual(PROMPT_TITLE_LIMIT);
        expect(v.prompt.length).toBeLessThanOrEqual(PROMPT_LIMIT);
        expect(v.error.length).toBeLessThanOrEqual(PROMPT_LIMIT);
        if (v.rule.type === "list") {
          expect(v.rule.values.join(",").length + 2).toBeLessThanOrEqual(LIST_FORMULA_LIMIT);
        }
      }
    }
  );

  it("describes every column and carries the rules of COLUMN_RULES", () => {
    for (const sheet of ledgerSheets()) {
      for (const column of sheet.columns) {
        expect(column.description).not.toBe("");
        expect(column.rules).toEqual(COLUMN_RULES[sheet.ledger]?.[column.field]);
        expect(column.width).toBeGreaterThanOrEqual(8);
      }
      expect(sheet.headerHeight).toBeGreaterThan(0);
      expect(sheet.lastFormattedRow).toBeGreaterThan(TEMPLATE_FIRST_DATA_ROW);
      expect(sheet.print.printTitleRows).toBe(`1:${TEMPLATE_HEADER_ROW}`);
    }
  });

  it("writes prompts in the chosen language but keeps Chinese headers", () => {
    const zh = templateSheetOf(buildTemplateModel({ locale: "zh-CN" }), "meetings");
    const en = templateSheetOf(buildTemplateModel({ locale: "en-US" }), "meetings");
    expect(en.columns.map((c) => c.label)).toEqual(zh.columns.map((c) => c.label));
    expect(en.columns[1]?.validation?.prompt).not.toBe(zh.columns[1]?.validation?.prompt);
    expect(en.columns[1]?.description).toMatch(/meeting of several types/);
  });
});
