import { decodeSummaryData } from "../src/engine/summary/summaryData";
import { listFixtures, loadFixture } from "./fixtures/loadFixture";
import { checkWorkbook, summarize } from "../src/engine";
import { modelSheets, SUMMARY_MARKER } from "../src/engine/workbook";

const NOW = Date.UTC(2025, 0, 1);
const department = loadFixture("department-q1");
const result = checkWorkbook(department.sheets, { now: NOW, ...department.options });
const summary = summarize(result, { checkedAt: "2024-04-10 09:30", version: "0.1.0" });
const summaryText = summary.cells.map((c) => String(c.value)).join("\n");

describe("checking the golden department workbook end to end", () => {
  test("settings come from 单位信息 and the caller", () => {
    expect(result.settings).toMatchObject({
      year: 2024,
      yearSource: "unit-info",
      collectionDay: 15,
    });
  });

  test("totals add up to the findings", () => {
    const sum = Object.values(result.totals).reduce((a, b) => a + b, 0);
    expect(sum).toBe(result.findings.length);
    expect(result.totals.error).toBeGreaterThan(0);
  });

  test("the highlight plan marks the dues rows with the wrong rate as one error range", () => {
    const dues = result.highlights.sheets.find((s) => s.sheet === "党费台账");
    expect(dues?.errorRows).toContainEqual({ first: 20, last: 22 });
    expect(dues?.notes.find((n) => n.row === 20)?.text).toContain("应交党费");
  });

  test("the unreadable meeting type is a cell mark, not a row fill", () => {
    const meetings = result.highlights.sheets.find((s) => s.sheet === "三会一课台账");
    expect(meetings?.unreadableCells).toEqual([{ row: 18, column: "B" }]);
  });

  test("the summary's title names the unit and year", () => {
    expect(summaryText).toContain("市示范局机关党委2024年度党建台账检查汇总表");
  });

  test("the summary's 问题清单 links findings to their ledger rows", () => {
    const links = modelSheets(summary).flatMap((m) =>
      m.cells.filter((c) => c.link).map((c) => c.link)
    );
    expect(links).toContainEqual(expect.objectContaining({ sheet: "三会一课台账", row: 15 }));
  });

  test("the summary carries its figures for the roll-up in the hidden marker column", () => {
    const hidden = summary.cells
      .filter((c) => c.column === SUMMARY_MARKER.column && c.row > SUMMARY_MARKER.row)
      .map((c) => c.value);
    const decoded = decodeSummaryData(hidden);
    expect(decoded.ok && decoded.data).toMatchObject({
      unitName: "市示范局机关党委",
      year: 2024,
      asOf: "2024-04-10",
      totals: result.totals,
      branches: [
        expect.objectContaining({ branch: "第一党支部", error: 6 }),
        // The 接收预备党员 meeting with exactly half present is an error (more than half is required).
        expect.objectContaining({ branch: "第二党支部", error: 3, warning: 4 }),
      ],
    });
    expect(decoded.ok && decoded.data.branchTable.height).toBe(4);
    expect(summary.hiddenColumns).toContain(SUMMARY_MARKER.column);
  });

  test("the summary, which is emailed upward, holds no 党费基数 or amounts derived from it", () => {
    for (const base of [
      "12000",
      "12,000",
      "3000.01",
      "3,000.01",
      "5,000.01",
      "5000.01",
      "30.00",
      "240",
    ]) {
      expect([base, summaryText.includes(base)]).toEqual([base, false]);
    }
  });
});

describe.each(listFixtures())("fixture %s in en-US", (name) => {
  const fixture = loadFixture(name);
  const english = checkWorkbook(fixture.sheets, { now: NOW, ...fixture.options, locale: "en-US" });

  test("every message and basis is rendered, with no placeholder left", () => {
    for (const f of english.findings) {
      expect(f.message).not.toMatch(/\{\w+(:\w+)?\}/);
      expect(f.basis).not.toBe("");
    }
  });

  test("the English texts are English: mostly Latin once the workbook's own values are removed", () => {
    // Chinese stays where it is the workbook's own vocabulary: sheet and column names, names,
    // and the values a user must type (会议类型, 是/否). The sentences around them are English.
    const chineseHeavy = english.findings.filter((f) => {
      let text = f.message;
      for (const value of Object.values(f.data)) text = text.split(String(value)).join("");
      const latin = (text.match(/[A-Za-z]/g) ?? []).length;
      const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
      return latin <= cjk;
    });
    expect(chineseHeavy.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

describe("a workbook that also keeps last year's ledger", () => {
  // Last year's 三会一课台账, hidden, sits before this year's: the first used to win silently and
  // every 2024 meeting was reported missing.
  const meetingsOf = (year: number): (string | number)[][] => [
    ["支部", "会议类型", "会议日期"],
    ...[1, 2, 3, 4].map((q) => ["第一党支部", "支部党员大会", `${year}-${q * 3}-10`]),
  ];
  const sheets = [
    {
      name: "单位信息",
      values: [
        ["单位名称", "市某某局"],
        ["年度", 2024],
      ],
    },
    {
      name: "支部信息",
      values: [
        ["支部名称", "书记"],
        ["第一党支部", "张三"],
      ],
    },
    { name: "2023年三会一课台账", values: meetingsOf(2023), hidden: true },
    { name: "2024年三会一课台账", values: meetingsOf(2024) },
  ];
  const checked = checkWorkbook(sheets, { now: NOW, asOf: "2025-01-15" });

  test("this year's sheet is read, and no 2024 general meeting is missing", () => {
    expect(checked.workbook.meetings?.sheet).toBe("2024年三会一课台账");
    expect(checked.findings.filter((f) => f.ruleId === "meeting-general-quarterly")).toEqual([]);
  });

  test("one warning names the sheet used and the hidden one that was not", () => {
    const notes = checked.findings.filter((f) => f.ruleId === "structure-several-sheets");
    expect(notes.map((f) => [f.severity, f.sheet])).toEqual([["warning", "2024年三会一课台账"]]);
    expect(notes[0]?.message).toBe(
      "工作簿中有2张工作表可作为“会议台账”，本次检查使用名称含检查年度（2024年）的“2024年三会一课台账”，未使用隐藏的“2023年三会一课台账”。如使用的工作表不对，请删除或改名其他工作表后重新检查"
    );
  });
});
