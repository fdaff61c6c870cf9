import ExcelJS from "exceljs";
import { departmentSummary } from "../../../test/summaryModel";
import { createFakeBook } from "../../../test/excel/fakeExcelExtras";
import { buildModelWorkbook } from "../export/buildModelWorkbook";
import { ROLLUP_SKIP_REASONS } from "./rollupMessages";
import { rollupFromFiles } from "./rollupFromFiles";
import { craftZip } from "../../xlsx/read/testSupport";
import { writeRollupSheets, writeRollupWorkbook } from "./writeRollupWorkbook";
import { type SheetModel } from "../../engine/workbook";

async function plainWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("会议台账").getCell("A1").value = "会议日期";
  return Uint8Array.from(Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe("rollupFromFiles", () => {
  it("consolidates the summaries and lists every file it could not use, with the reason", async () => {
    const summary = await buildModelWorkbook([departmentSummary()]);
    const result = await rollupFromFiles(
      [
        { name: "一局.xlsx", bytes: summary },
        { name: "没检查.xlsx", bytes: await plainWorkbook() },
        { name: "空.xlsx", bytes: new Uint8Array() },
        {
          name: "旧.xls",
          bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        },
        { name: "坏.xlsx", bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
      ],
      "zh-CN",
      { createdAt: "2025-02-01 09:00", version: "0.1.0" }
    );
    expect(result.entries).toBe(1);
    expect(result.skipped).toEqual([
      { file: "没检查.xlsx", reason: ROLLUP_SKIP_REASONS.noSummary["zh-CN"] },
      { file: "空.xlsx", reason: ROLLUP_SKIP_REASONS.empty["zh-CN"] },
      { file: "旧.xls", reason: ROLLUP_SKIP_REASONS.legacyOrEncrypted["zh-CN"] },
      { file: "坏.xlsx", reason: ROLLUP_SKIP_REASONS.corrupt["zh-CN"] },
    ]);
    expect(result.sheets.map((s) => s.name)[0]).toBe("各单位汇总");
    const texts = result.sheets.flatMap((s) => s.cells.map((c) => String(c.value)));
    expect(texts).toContain("没检查.xlsx");
  });

  it("gives no sheets, and says why, when no file holds a summary", async () => {
    const result = await rollupFromFiles(
      [{ name: "a.xlsx", bytes: await plainWorkbook() }],
      "en-US"
    );
    expect(result).toEqual({
      sheets: [],
      entries: 0,
      skipped: [{ file: "a.xlsx", reason: ROLLUP_SKIP_REASONS.noSummary["en-US"] }],
    });
  });
});

/** A real workbook whose sheet entry declares `declared` bytes in the central directory. */
async function lyingWorkbook(declared: number): Promise<Uint8Array> {
  const bytes = await plainWorkbook();
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0;) {
    const nameLength = view.readUInt16LE(at + 28);
    if (view.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      view.writeUInt32LE(declared, at + 24);
      return bytes;
    }
    at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46);
  }
  throw new Error("the workbook has no sheet1.xml entry");
}

describe("rollupFromFiles against zip bombs", () => {
  it("does not unpack a file declaring gigabytes, nor one inflating past what it declares", async () => {
    const declaredBomb = craftZip([
      {
        name: "xl/workbook.xml",
        data: Buffer.from("<workbook/>"),
        declaredUncompressed: 3 * 1024 ** 3,
      },
    ]);
    const summary = await buildModelWorkbook([departmentSummary()]);
    const result = await rollupFromFiles(
      [
        { name: "一局.xlsx", bytes: summary },
        { name: "声明过大.xlsx", bytes: declaredBomb },
        { name: "谎报大小.xlsx", bytes: await lyingWorkbook(10) },
      ],
      "zh-CN",
      { createdAt: "2025-02-01 09:00", version: "0.1.0" }
    );
    expect(result.entries).toBe(1);
    expect(result.skipped).toEqual([
      { file: "声明过大.xlsx", reason: ROLLUP_SKIP_REASONS.tooLarge["zh-CN"] },
      { file: "谎报大小.xlsx", reason: ROLLUP_SKIP_REASONS.tooLarge["zh-CN"] },
    ]);
  });
});

describe("writeRollupWorkbook", () => {
  it("opens a new workbook when it can", async () => {
    const { sheets } = await rollupFromFiles(
      [{ name: "一局.xlsx", bytes: await buildModelWorkbook([departmentSummary()]) }],
      "zh-CN"
    );
    const writeHere = jest.fn();
    const outcome = await writeRollupWorkbook(sheets, () => Promise.resolve(), writeHere);
    expect(outcome).toEqual({ where: "new-workbook", sheets: sheets.map((s) => s.name) });
    expect(writeHere).not.toHaveBeenCalled();
  });

  it("writes into this workbook when a new one cannot be opened, replacing only its own roll-up", async () => {
    const { sheets } = await rollupFromFiles(
      [{ name: "一局.xlsx", bytes: await buildModelWorkbook([departmentSummary()]) }],
      "zh-CN"
    );
    const overview = sheets[0]?.name ?? "";
    const fake = createFakeBook({ sheets: [{ name: overview, values: [["用户自己的表"]] }] });
    const before = fake.snapshot(overview);
    const writeHere = (models: readonly SheetModel[]) => writeRollupSheets(fake.context, models);
    const refuse = () => Promise.reject(new Error("createWorkbook refused"));

    const first = await writeRollupWorkbook(sheets, refuse, writeHere);
    expect(first.where).toBe("this-workbook");
    expect(first.sheets[0]).toBe(`${overview}（检查结果）`);
    expect(fake.snapshot(overview)).toBe(before);
    const count = fake.state.sheets.length;
    expect(count).toBe(1 + sheets.length);

    const second = await writeRollupWorkbook(sheets, refuse, writeHere);
    expect(second.sheets).toEqual(first.sheets);
    expect(fake.state.sheets).toHaveLength(count);
    expect(fake.cell(first.sheets[0] ?? "", "Z1")?.value).toBe("party-ledger-check:rollup:v1");
  });
});
