import { HIGHLIGHT_COLOURS } from "../highlight/colours";
import { ruleById } from "../rules/registry";
import { buildTemplateModel } from "./buildTemplateModel";
import { ruleLines } from "./instructions";
import type { InstructionsSheet, LedgerTemplateSheet } from "./types";

function parts(locale: "zh-CN" | "en-US" = "zh-CN") {
  const model = buildTemplateModel({ year: 2025, unitName: "市某某局", locale });
  const doc = model.sheets[0] as InstructionsSheet;
  const ledgers = model.sheets.filter((s): s is LedgerTemplateSheet => s.kind === "ledger");
  return { model, doc, ledgers };
}

describe("填表说明", () => {
  it("is titled for the unit and year", () => {
    const { doc } = parts();
    expect(doc.name).toBe("填表说明");
    expect(doc.rows[0]?.cells[0]).toBe("市某某局党建台账填表说明（2025年度）");
  });

  it("has a row for every column of every ledger with its rules' zh-CN titles", () => {
    const { doc, ledgers } = parts();
    for (const sheet of ledgers) {
      for (const column of sheet.columns) {
        const row = doc.rows.find(
          (r) =>
            r.type === "table-row" &&
            r.cells[0] === column.header &&
            r.cells[2] === column.description
        );
        expect(row?.cells[1]).toBe(column.required ? "必填" : "选填");
        for (const id of column.rules) {
          expect(row?.cells[3]?.split("\n")).toContain(ruleById(id)?.meta.title["zh-CN"]);
        }
      }
    }
  });

  // Officers read it; a rule id such as structure-missing-column means nothing to them.
  it("is in Chinese only: no English rule id anywhere", () => {
    const text = parts()
      .doc.rows.map((r) => r.cells.join(" "))
      .join("\n");
    expect(text).not.toMatch(/[a-z]+-[a-z]+(?:-[a-z0-9]+)*/);
    // The products it names are the only Latin words in it.
    expect(text.replace(/Excel|WPS/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  });

  // A date validation admits Excel dates; text such as 2025.3.5 raises its warning. So 填表说明
  // tells the officer to type dates Excel takes as dates, and says what the warning means.
  it("promises for typing only the date forms Excel and WPS take as dates", () => {
    const { doc, ledgers } = parts();
    const dateTexts = [
      ...doc.rows.map((r) => r.cells.join(" ")),
      ...ledgers.flatMap((s) =>
        s.columns.filter((c) => c.kind === "date").map((c) => c.description)
      ),
      ...ledgers.flatMap((s) =>
        s.columns.filter((c) => c.kind === "date").map((c) => c.validation?.prompt ?? "")
      ),
    ].join("\n");
    expect(dateTexts).toContain("2025-3-5或2025/3/5");
    const typedTextDates = dateTexts
      .split(/[。；\n]/)
      .filter((sentence) => /\d{4}\.\d{1,2}\.\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日/.test(sentence));
    // Text dates are named once: as what older ledgers hold, with the warning explained.
    expect(typedTextDates).toHaveLength(1);
    expect(typedTextDates[0]).toContain("旧台账");
  });

  it("explains date forms, month ranges and combined meeting types", () => {
    const text = parts()
      .doc.rows.map((r) => r.cells.join(" "))
      .join("\n");
    expect(text).toContain("2025年3月5日");
    expect(text).toContain("2025.01-2025.03");
    expect(text).toContain("支部党员大会、党课");
  });

  it("shows each marked severity in the highlight colours", () => {
    const { doc, model } = parts();
    const samples = doc.rows.filter((r) => r.firstCellStyle !== undefined);
    expect(samples.map((r) => r.cells[0])).toEqual(["不符合", "提示", "提醒", "无法识别"]);
    expect(model.styles.error.fill).toBe(HIGHLIGHT_COLOURS.error.fill);
    expect(model.styles.error.font.colour).toBe(HIGHLIGHT_COLOURS.error.font);
    expect(model.styles.warning.fill).toBe(HIGHLIGHT_COLOURS.warning.fill);
    expect(model.styles.unreadable.fill).toBe(HIGHLIGHT_COLOURS.unreadable.fill);
  });

  it("numbers rows from 1 and fits heights to the text", () => {
    const { doc } = parts();
    doc.rows.forEach((row, i) => expect(row.row).toBe(i + 1));
    const rulesRow = doc.rows.find((r) => r.type === "table-row" && r.cells[0] === "年度");
    const shortRow = doc.rows.find((r) => r.type === "table-row" && r.cells[0] === "记录人");
    expect(rulesRow?.height).toBeGreaterThan(shortRow?.height ?? Infinity);
  });

  it("writes the en-US version in English with the rules' en-US titles", () => {
    expect(ruleLines(["dues-rate"], "en-US")).toBe("Dues at the prescribed rate (dues-rate)");
    expect(ruleLines([], "zh-CN")).toBe("（仅作记录，不参加检查）");
    expect(parts("en-US").doc.rows[0]?.cells[0]).toBe(
      "How to fill in the party ledgers — 市某某局 (2025)"
    );
  });
});
