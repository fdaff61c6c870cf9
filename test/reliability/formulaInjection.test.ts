import ExcelJS from "exceljs";
import { applyHighlights } from "../../src/excel/mark/applyHighlights";
import { readLedgerSheets } from "../../src/excel/read/readLedgerSheets";
import { rollupFromFiles, writeRollupSheets } from "../../src/excel/rollup";
import { writeSummarySheet } from "../../src/excel/summary";
import { readXlsxBuffer } from "../../src/xlsx/read";
import { readSummaryData } from "../../src/xlsx/summaryData";
import { writeSheetModel } from "../../src/xlsx/write";
import { gridColumns } from "../../src/xlsx/package/gridColumns";
import { nodeCodec } from "../../src/xlsx/package/nodeCodec";
import { checkPackage } from "../../src/xlsx/package/packageCheck";
import { workbookFromGrids } from "../../src/xlsx/write/testing/fixtureWorkbook";
import { zipEntryText } from "../../src/xlsx/write/testing/zipEntry";
import { createFakeExcel } from "../excel/fakeExcel";
import { createFakeBook, type FakeBook } from "../excel/fakeExcelExtras";
import { writeXlsxBuffer } from "../../src/xlsx/write/saveXlsx";
import {
  type CellValue,
  type SheetInput,
  checkWorkbook,
  summarize,
  type CheckResult,
  buildRollup,
} from "../../src/engine";
import { modelSheets, type SheetModel } from "../../src/engine/workbook";

/**
 * Ledger text that Excel would take for a formula if typed (=, +, -, @ at the start) reaches the
 * 汇总表, the notes and the roll-up as the text it is, in both adapters: in the .xlsx file it is a
 * shared string and the only formulas are our HYPERLINK links; through the Office.js writers no cell
 * ever becomes a formula; notes carry the text verbatim and the ledger cells are never written.
 */

const UNIT = '=HYPERLINK("http://evil.invalid","单位")';
const BRANCH = "=第一党支部";
const SECOND_BRANCH = "+第二党支部";
const MEMBER = "@李娜";
const SECRETARY = "-张伟";
const TOPIC = "=cmd|' /C calc'!A0";
const REMARK = "+1+1 同意";
const BAD_TYPE = "@SUM(1,2)";
const BAD_DATE = "=DATE(2024,3,5)";
const FILE = "=dept.xlsx";

const PAYLOADS = [
  UNIT,
  BRANCH,
  SECOND_BRANCH,
  MEMBER,
  SECRETARY,
  TOPIC,
  REMARK,
  BAD_TYPE,
  BAD_DATE,
];

function injectedLedgers(): SheetInput[] {
  const meeting = (branch: string, types: string, date: CellValue, topic: string): CellValue[] => [
    branch,
    types,
    date,
    topic,
    10,
    4,
  ];
  return [
    {
      name: "单位信息",
      values: [
        ["单位名称", UNIT],
        ["年度", 2024],
      ],
    },
    {
      name: "支部信息",
      values: [
        ["支部名称", "书记", "是否设支委会"],
        [BRANCH, SECRETARY, "是"],
        [SECOND_BRANCH, MEMBER, "否"],
      ],
    },
    {
      name: "党员名册",
      values: [
        ["姓名", "所在支部"],
        [SECRETARY, BRANCH],
        [MEMBER, BRANCH],
        ["-王芳", SECOND_BRANCH],
      ],
    },
    {
      name: "会议台账",
      values: [
        ["支部", "会议类型", "会议日期", "主题", "应到人数", "实到人数"],
        meeting(BRANCH, "支部党员大会", 45356, TOPIC),
        meeting(BRANCH, BAD_TYPE, 45357, TOPIC),
        meeting(SECOND_BRANCH, "主题党日", BAD_DATE, "-学习"),
      ],
    },
    {
      name: "党费台账",
      values: [
        ["支部", "姓名", "所属月份", "应交党费", "实交党费", "备注"],
        [BRANCH, MEMBER, "2024-01", 50, 10, REMARK],
        [BRANCH, "=SUM(D2:D9)", "2024-02", 50, 50, "=备注"],
      ],
    },
  ];
}

function checked(): { sheets: SheetInput[]; result: CheckResult; summary: SheetModel } {
  const sheets = injectedLedgers();
  const result = checkWorkbook(sheets, { asOf: "2024-12-31" });
  const summary = summarize(result, { checkedAt: "2025-01-05 10:30", version: "0.1.0" });
  return { sheets, result, summary };
}

const STARTS_LIKE_FORMULA = /^[=+\-@]/;

/** The model's text values that start like a formula: what a careless writer would turn into one. */
const formulaLikeTexts = (model: SheetModel): string[] =>
  model.cells.flatMap((c) =>
    typeof c.value === "string" && STARTS_LIKE_FORMULA.test(c.value) ? [c.value] : []
  );

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The worksheet XML parts of an .xlsx, by sheet name. */
function sheetXml(zip: Buffer): Map<string, string> {
  const workbook = zipEntryText(zip, "xl/workbook.xml") ?? "";
  const rels = zipEntryText(zip, "xl/_rels/workbook.xml.rels") ?? "";
  const parts = new Map<string, string>();
  for (const sheet of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const id = sheet[2] ?? "";
    const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
    const xml = target ? zipEntryText(zip, `xl/${target.replace(/^\/?xl\//, "")}`) : undefined;
    if (xml !== undefined) parts.set(decodeXml(sheet[1] ?? ""), xml);
  }
  return parts;
}

/** Every formula in a sheet's XML is one of our links: HYPERLINK("#'sheet'!A5",5). */
function expectOnlyLinkFormulas(xml: string): void {
  const formulas = [...xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)].map((m) =>
    decodeXml(m[1] ?? "")
  );
  for (const formula of formulas)
    expect(formula).toMatch(/^HYPERLINK\("#'(?:[^']|'')+'!A\d+",\d+\)$/);
  // A formula's string result would be text computed by a formula; inline strings are plain text.
  expect(xml).not.toMatch(/t="str"/);
}

/** Every text cell of a loaded sheet that starts like a formula is a plain string. */
function expectTextCells(worksheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      // A merged area's other cells show its top-left cell's value; that cell is checked itself.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type === ExcelJS.ValueType.Formula) {
        expect(cell.formula).toMatch(/^HYPERLINK\(/);
        return;
      }
      if (typeof cell.value === "string" && STARTS_LIKE_FORMULA.test(cell.value)) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        found.push(cell.value);
      }
    })
  );
  return found;
}

/** The ledgers checked as `party-ledger check` writes its copy: patched by the package writer. */
async function checkedFile(): Promise<{ bytes: Buffer; summaryName: string }> {
  const { sheets, result, summary } = checked();
  const input = await writeXlsxBuffer(workbookFromGrids(sheets));
  const patch = { plan: result.highlights, summary, ...gridColumns(sheets) };
  const { bytes, report } = await checkPackage(input, patch, nodeCodec);
  return { bytes: Buffer.from(bytes), summaryName: report.summarySheet };
}

describe("formula-like ledger text in the 汇总表 and its 问题清单", () => {
  const { summary } = checked();
  const ours = modelSheets(summary);
  const texts = ours.flatMap(formulaLikeTexts);

  test("reaches the summary model: unit, branches, people and unreadable cells", () => {
    const all = ours.flatMap((m) => m.cells.map((c) => String(c.value))).join("\n");
    expect(texts.length).toBeGreaterThan(0);
    for (const payload of [BRANCH, SECOND_BRANCH, BAD_TYPE, BAD_DATE])
      expect(all).toContain(payload);
    expect(ours.some((m) => m.cells.some((c) => c.value === BRANCH))).toBe(true);
    expect(summary.cells.some((c) => typeof c.value === "string" && c.value.includes(UNIT))).toBe(
      true
    );
  });

  test("the .xlsx file holds it as inline strings and no formula at all", async () => {
    const { bytes, summaryName } = await checkedFile();
    const parts = sheetXml(bytes);
    const xml = `${parts.get(summaryName) ?? ""}${parts.get("问题清单") ?? ""}`;
    expect(parts.get(summaryName) ?? "").not.toBe("");
    expect(parts.get("问题清单") ?? "").not.toBe("");
    expectOnlyLinkFormulas(xml);
    expect(xml).not.toMatch(/<f[\s>]/);
    const decoded = decodeXml(xml);
    expect(decoded).toContain(`<t xml:space="preserve">${BRANCH}</t>`);
    expect(decoded).toContain(`<t xml:space="preserve">${SECOND_BRANCH}</t>`);

    const loaded = await readXlsxBuffer(bytes, { file: "checked.xlsx" });
    const written = [summaryName, "问题清单"].flatMap((name) => {
      const sheet = loaded.workbook.getWorksheet(name);
      expect(sheet).toBeDefined();
      return sheet ? expectTextCells(sheet) : [];
    });
    expect(written).toEqual(expect.arrayContaining(texts));
    // Read back as the engine sees it, the ledger cells are unchanged text.
    expect(loaded.sheets.filter((s) => s.name !== summaryName && s.name !== "问题清单")).toEqual(
      injectedLedgers().map((s) => ({ ...s, topLeft: "A1" }))
    );
  });

  test("the Office.js writer never lets it become a formula", async () => {
    const fake = createFakeBook({ sheets: [{ name: "会议台账", values: [["支部"], [BRANCH]] }] });
    await writeSummarySheet(fake.context, summary);
    const written = ours.flatMap((m) => [...fake.sheet(m.name).cells.values()]);
    expect(written.filter((c) => c.formula)).toEqual([]);
    const values = written.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
    expect(values).toEqual(expect.arrayContaining(texts));
    expect(fake.cell("会议台账", "A2")).toMatchObject({ value: BRANCH, formula: false });
  });
});

describe("formula-like ledger text in the notes", () => {
  const { sheets, result } = checked();
  const notes = result.highlights.sheets.flatMap((s) => s.notes.map((n) => n.text));

  test("the note plan quotes it verbatim", () => {
    const all = notes.join("\n");
    expect(all).toContain(BAD_TYPE);
    expect(all).toContain(BAD_DATE);
  });

  test(".xlsx notes carry it as comment text, and the ledger cells keep their values", async () => {
    const { bytes } = await checkedFile();
    const { workbook } = await readXlsxBuffer(bytes, { file: "checked.xlsx" });
    const meetings = workbook.getWorksheet("会议台账");
    const noteTexts: string[] = [];
    meetings?.eachRow((row) =>
      row.eachCell((cell) => {
        const note: unknown = cell.note;
        if (typeof note === "string") noteTexts.push(note);
        else if (note && typeof note === "object" && "texts" in note && Array.isArray(note.texts)) {
          noteTexts.push(note.texts.map((t: { text: string }) => t.text).join(""));
        }
      })
    );
    expect(noteTexts.join("\n")).toContain(BAD_TYPE);
    expect(meetings?.getCell("B3").value).toBe(BAD_TYPE);
    expect(meetings?.getCell("C4").value).toBe(BAD_DATE);
    for (const part of sheetXml(bytes).values()) {
      expect(part).not.toMatch(/<f[\s>][^<]*(?:SUM|DATE|cmd)/);
    }
  });

  test("Office.js notes carry it as note text, and no ledger cell is written", async () => {
    const excel = createFakeExcel({
      sheets: sheets.map((s) => ({ name: s.name, values: s.values })),
    });
    const restore = excel.installOffice();
    try {
      const read = await readLedgerSheets(excel.context);
      const again = checkWorkbook(read.sheets, { asOf: "2024-12-31" });
      await applyHighlights(excel.context, again.highlights, { notes: true });
    } finally {
      restore();
    }
    const meetingNotes = Object.values(
      excel.snapshot().find((s) => s.name === "会议台账")?.notes ?? {}
    );
    expect(meetingNotes.join("\n")).toContain(BAD_TYPE);
    expect(meetingNotes.join("\n")).toContain(BAD_DATE);
    expect(excel.stats.cellWrites).toEqual([]);
  });
});

describe("formula-like text in the roll-up", () => {
  async function rollupModels(): Promise<SheetModel[]> {
    const { bytes } = await checkedFile();
    const { workbook } = await readXlsxBuffer(bytes, { file: FILE });
    const { result } = readSummaryData(workbook);
    if (!result.ok)
      throw new Error(`the checked file's summary data did not read: ${result.reason}`);
    return buildRollup({
      entries: [{ file: FILE, data: result.data }],
      skipped: [{ file: "+skipped.xlsx", reason: "-没有汇总表" }],
      createdAt: "2025-01-06 09:00",
      version: "0.1.0",
      locale: "zh-CN",
    });
  }

  test("the command line's roll-up file holds it as text; its only formulas are links", async () => {
    const models = await rollupModels();
    const texts = models.flatMap(formulaLikeTexts).join("\n");
    for (const payload of [UNIT, BRANCH, SECOND_BRANCH, "+skipped.xlsx"])
      expect(texts).toContain(payload);

    const workbook = new ExcelJS.Workbook();
    for (const model of models) writeSheetModel(workbook.addWorksheet(model.name), model);
    const bytes = await writeXlsxBuffer(workbook);
    for (const xml of sheetXml(Buffer.from(bytes)).values()) expectOnlyLinkFormulas(xml);
    const { workbook: loaded } = await readXlsxBuffer(bytes);
    const found = loaded.worksheets.flatMap(expectTextCells);
    expect(found).toEqual(expect.arrayContaining(models.flatMap(formulaLikeTexts)));
  });

  test("the add-in's roll-up (received files → sheets in Excel) never writes a formula", async () => {
    const { bytes } = await checkedFile();
    const rollup = await rollupFromFiles([{ name: FILE, bytes: new Uint8Array(bytes) }], "zh-CN", {
      createdAt: "2025-01-06 09:00",
      version: "0.1.0",
    });
    expect(rollup.entries).toBe(1);
    const fake: FakeBook = createFakeBook({ sheets: [{ name: "Sheet1" }] });
    const names = await writeRollupSheets(fake.context, rollup.sheets);
    const cells = names.flatMap((name) => [...fake.sheet(name).cells.values()]);
    expect(cells.filter((c) => c.formula)).toEqual([]);
    const texts = cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
    for (const payload of [UNIT, BRANCH, SECOND_BRANCH]) {
      expect(texts.some((t) => t.includes(payload))).toBe(true);
    }
  });
});

test("every payload starts like a formula", () => {
  for (const payload of PAYLOADS) expect(payload).toMatch(STARTS_LIKE_FORMULA);
});
