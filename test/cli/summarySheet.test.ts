import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chinaTimestamp } from "../../src/engine/calendar/timestamp";
import { zipEntryText } from "../../src/xlsx/write/testing/zipEntry";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, tempDir, writeGridsAsXlsx } from "./runCli";

/**
 * The 汇总表 the command line writes into a checked copy, read back with ExcelJS (a reader that is
 * not ours): what an officer prints and emails upward.
 */

const dir = tempDir("party-ledger-summary-");
const department = join(dir, "市示范局台账.xlsx");
const checked = join(dir, "市示范局台账.checked.xlsx");
let before = 0;
let after = 0;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, department);
  before = Date.now();
  // A machine set to the US west coast: the summary still says when it ran in Beijing.
  const run = runCli(["check", department, "--as-of", "2024-04-10"], dir, {
    TZ: "America/Los_Angeles",
  });
  after = Date.now();
  expect(run.status).toBe(1);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(checked);
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

test("检查时间 is China Standard Time, whatever the machine's zone", () => {
  const info = String(sheet("汇总表").getCell("A2").value);
  const time = /检查时间：(\d{4}-\d\d-\d\d \d\d:\d\d)（北京时间）/.exec(info)?.[1];
  expect([chinaTimestamp(new Date(before)), chinaTimestamp(new Date(after))]).toContain(time);
});

describe("问题清单: one finding per row, to sort, filter and print", () => {
  test("comes right after the 汇总表, which links to it", () => {
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(["汇总表", "问题清单"]);
    // An internal link is a <hyperlink location>, which ExcelJS does not read back: the XML then.
    const bytes = readFileSync(checked);
    const parts = Array.from({ length: 30 }, (_, i) =>
      zipEntryText(bytes, `xl/worksheets/sheet${i + 1}.xml`)
    );
    const links = parts.flatMap((xml) => [
      ...(xml ?? "").matchAll(/<hyperlink [^>]*location="([^"]*)"/g),
    ]);
    expect(links.map((m) => m[1])).toContain("'问题清单'!A1");
  });

  test("has no merged cell, the AutoFilter on its header and the header on every printed page", () => {
    const list = sheet("问题清单");
    expect(list.model.merges).toEqual([]);
    expect(list.getCell("A3").value).toBe("序号");
    expect(list.getCell("H3").value).toBe("依据");
    const last = list.rowCount;
    expect(list.autoFilter).toBe(`A3:H${last}`);
    expect(list.pageSetup.printTitlesRow).toMatch(/^\$?3:\$?3$/);
    expect(list.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    // 序号 is narrow; 问题说明 takes the width.
    expect(list.getColumn(1).width).toBeLessThanOrEqual(6);
    expect(list.getColumn(7).width).toBeGreaterThanOrEqual(40);
    // One finding per row, numbered 1…n.
    const numbers: unknown[] = [];
    for (let r = 4; r <= last; r++) numbers.push(list.getCell(`A${r}`).value);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  test("the filter range is a hidden defined name, as Excel keeps it", () => {
    const xml = zipEntryText(readFileSync(checked), "xl/workbook.xml") ?? "";
    expect(xml).toMatch(
      /<definedName name="_xlnm\._FilterDatabase" localSheetId="1" hidden="1">'问题清单'!\$A\$3:\$H\$\d+<\/definedName>/
    );
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'问题清单'!$3:$3</definedName>`
    );
  });

  test("clear takes it out with the 汇总表", async () => {
    const cleared = join(dir, "cleared.xlsx");
    expect(runCli(["clear", checked, "--out", cleared]).status).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(cleared);
    expect(back.worksheets.map((w) => w.name)).not.toContain("汇总表");
    expect(back.worksheets.map((w) => w.name)).not.toContain("问题清单");
  });
});

describe("the sign-off block, filled from 单位信息", () => {
  test("填报单位（盖章）, 填报人, 联系电话 and 审核人 of the sample; the date left for the pen", async () => {
    const sample = join(dir, "示例.xlsx");
    expect(runCli(["sample", sample]).status).toBe(0);
    expect(runCli(["check", sample, "--as-of", "2026-01-15"], dir).status).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "示例.checked.xlsx"));
    const summary = book.getWorksheet("汇总表");
    const row = (r: number): unknown[] => [
      ...new Set((summary?.getRow(r).values as unknown[]).filter((v) => v !== undefined)),
    ];
    expect(row(3)).toEqual([
      "填报单位（盖章）",
      "上海市示范局机关党委",
      "填报日期",
      "　　　　年　　月　　日",
    ]);
    expect(row(4)).toEqual([
      "填报人",
      expect.any(String),
      "联系电话",
      "021-12345678",
      "审核人",
      expect.any(String),
    ]);
    expect(summary?.getRow(3).height).toBeGreaterThanOrEqual(50);
  });
});

describe("notes on marked rows", () => {
  const noteText = (cell: ExcelJS.Cell): string => {
    const note: unknown = cell.note;
    if (typeof note === "string") return note;
    if (note && typeof note === "object" && "texts" in note && Array.isArray(note.texts))
      return note.texts.map((t: { text: string }) => t.text).join("");
    return "";
  };

  // The quorum finding names 实到会有表决权人数 (J15); the dues-rate one 交纳比例 (G20); a
  // duplicate row names no cell, so its note goes on the row's first value cell.
  test("sit on the cell that is wrong, not on column A", () => {
    const meetings = sheet("三会一课台账");
    expect(noteText(meetings.getCell("J15"))).toContain("【不符合】");
    expect(meetings.getCell("A15").note).toBeUndefined();
    expect(noteText(sheet("党费台账").getCell("G20"))).toContain("【不符合】");
    expect(noteText(meetings.getCell("A19"))).toContain("【提示】");
  });

  test("have boxes sized to show their whole text", () => {
    const bytes = readFileSync(checked);
    const drawings = Array.from({ length: 12 }, (_, i) =>
      zipEntryText(bytes, `xl/drawings/vmlDrawing${i + 1}.vml`)
    ).filter((xml): xml is string => xml !== undefined);
    const comments = Array.from({ length: 12 }, (_, i) =>
      zipEntryText(bytes, `xl/comments${i + 1}.xml`)
    ).filter((xml): xml is string => xml !== undefined);
    expect(drawings.length).toBeGreaterThan(0);
    const shapes = drawings.flatMap((xml) => [
      ...xml.matchAll(
        /width:([\d.]+)pt;height:([\d.]+)pt[^]*?<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g
      ),
    ]);
    expect(shapes.length).toBeGreaterThan(5);
    // Not Excel's 108 × 59 box, which shows two lines: each as large as its text needs.
    for (const [, width, height] of shapes) {
      expect(Number(width)).toBeGreaterThan(108);
      expect(Number(height)).toBeGreaterThanOrEqual(36);
    }
    const all = comments.join("");
    const longest = Math.max(...shapes.map(([, , height]) => Number(height)));
    expect(longest).toBeGreaterThan(59.25);
    expect(all).toContain("党建台账检查");
  });
});
