import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { readXlsxBuffer, readXlsxFile } from "./readXlsx";
import { XlsxReadError } from "./readError";
import { sheetsFromWorkbook } from "./sheetsFromWorkbook";
import {
  buildKindsWorkbook,
  craftZip,
  KINDS_EXPECTED,
  tempFolder,
  writeWorkbook,
} from "./testSupport";

const folder = tempFolder("xlsx-read");
afterAll(() => folder.cleanup());

describe("readXlsxFile", () => {
  test("gives every kind of value as Range.values shows it", async () => {
    const path = await writeWorkbook(buildKindsWorkbook(ExcelJS), folder.path("kinds.xlsx"));
    const { workbook, sheets } = await readXlsxFile(path);
    expect(sheets).toEqual([KINDS_EXPECTED]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["各类取值"]);
  });

  test("a merged title row and a vertically merged 支部 column keep values in the top-left only", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("会议台账");
    sheet.mergeCells("A1:D1");
    sheet.getCell("A1").value = "2024年会议台账";
    sheet.addRow(["支部", "会议类型", "会议日期", "实到人数"]);
    sheet.mergeCells("A3:A5");
    sheet.getCell("A3").value = "第一党支部";
    sheet.getCell("B3").value = "支部党员大会";
    sheet.getCell("B4").value = "支委会";
    sheet.getCell("B5").value = "党课";
    sheet.mergeCells("C7:D8");
    const path = await writeWorkbook(workbook, folder.path("merges.xlsx"));
    const [read] = (await readXlsxFile(path)).sheets;
    expect(read).toEqual({
      name: "会议台账",
      topLeft: "A1",
      merges: ["A1:D1", "A3:A5"],
      values: [
        ["2024年会议台账", "", "", ""],
        ["支部", "会议类型", "会议日期", "实到人数"],
        ["第一党支部", "支部党员大会", "", ""],
        ["", "支委会", "", ""],
        ["", "党课", "", ""],
      ],
    });
  });

  test("a used range starting at C4 gives topLeft C4 with rows aligned", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("党课台账");
    sheet.getCell("C4").value = "支部";
    sheet.getCell("E4").value = "授课人";
    sheet.getCell("D6").value = "第二党支部";
    const path = await writeWorkbook(workbook, folder.path("offset.xlsx"));
    expect((await readXlsxFile(path)).sheets).toEqual([
      {
        name: "党课台账",
        topLeft: "C4",
        values: [
          ["支部", "", "授课人"],
          ["", "", ""],
          ["", "第二党支部", ""],
        ],
      },
    ]);
  });

  test("empty sheets, formatted-only sheets and hidden sheets all appear, in workbook order", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("空表");
    const formatted = workbook.addWorksheet("仅有格式");
    formatted.getCell("C3").border = { top: { style: "thin" } };
    formatted.getCell("D4").numFmt = "0.00";
    const hidden = workbook.addWorksheet("隐藏", { state: "hidden" });
    hidden.getCell("A1").value = 1;
    const path = await writeWorkbook(workbook, folder.path("empty.xlsx"));
    expect((await readXlsxFile(path)).sheets).toEqual([
      { name: "空表", values: [[""]], topLeft: "A1" },
      { name: "仅有格式", values: [[""]], topLeft: "A1" },
      { name: "隐藏", values: [[1]], topLeft: "A1", hidden: true },
    ]);
  });

  test("a 1904 workbook's dates become 1900-system serials", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("日期");
    sheet.getCell("A1").value = new Date(Date.UTC(2024, 2, 5));
    sheet.getCell("B1").value = 43894;
    sheet.getCell("B1").numFmt = "yyyy-mm-dd";
    sheet.getCell("C1").value = 43894;
    sheet.getCell("D1").value = { formula: "B1+1", result: new Date(Date.UTC(2024, 2, 6)) };
    sheet.getCell("D1").numFmt = "yyyy-mm-dd";
    const path = await writeWorkbook(workbook, folder.path("1904.xlsx"));
    const { sheets } = await readXlsxFile(path);
    // 45356 is 2024-03-05 in the 1900 system; a plain number is not a date and stays as stored.
    expect(sheets[0]?.values).toEqual([[45356, 43894 + 1462, 43894, 45357]]);
  });

  test("the workbook is returned for writing and the file itself is left unchanged", async () => {
    const path = await writeWorkbook(buildKindsWorkbook(ExcelJS), folder.path("untouched.xlsx"));
    const before = readFileSync(path);
    const { workbook } = await readXlsxFile(path);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(workbook.getWorksheet("各类取值")?.getCell("B3").value).toBe(12);
  });

  test("a zip that claims to be a workbook but holds garbage is corrupt, with the cause", async () => {
    const path = folder.path("garbage.xlsx");
    writeFileSync(
      path,
      craftZip([
        { name: "[Content_Types].xml", data: Buffer.from("<Types") },
        { name: "xl/workbook.xml", data: Buffer.from("<workbook><sheets><sheet") },
        { name: "xl/_rels/workbook.xml.rels", data: Buffer.from("<<<") },
      ])
    );
    const error = await readXlsxFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ reason: "corrupt", file: path });
    expect((error as Error).cause).toBeDefined();
    expect((error as Error).message).toContain("garbage.xlsx");
  });
});

describe("readXlsxBuffer", () => {
  test("reads the same sheets from bytes as from the file", async () => {
    const path = await writeWorkbook(buildKindsWorkbook(ExcelJS), folder.path("buffer.xlsx"));
    const bytes = new Uint8Array(readFileSync(path));
    const { sheets } = await readXlsxBuffer(bytes, { file: "buffer.xlsx" });
    expect(sheets).toEqual([KINDS_EXPECTED]);
  });

  test("refuses bytes that are not a workbook, naming the label given", async () => {
    const error = await readXlsxBuffer(new TextEncoder().encode("姓名,支部\n张伟,第一党支部"), {
      file: "名册.xlsx",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "not-xlsx" });
    expect((error as Error).message).toContain("名册.xlsx");
  });
});

describe("sheetsFromWorkbook", () => {
  test("reads an in-memory workbook without changing it", () => {
    const workbook = buildKindsWorkbook(ExcelJS);
    const sheet = workbook.getWorksheet("各类取值");
    const [read] = sheetsFromWorkbook(workbook);
    expect(read?.merges).toEqual(["B2:H2"]);
    expect(read?.values[0]?.[0]).toBe("2024年度会议台账");
    // The master's value is still what ExcelJS shows on every merged cell.
    expect(sheet?.getCell("C2").value).toBe("2024年度会议台账");
    expect(sheet?.getCell("B5").value).toEqual({
      formula: "DATE(2024,3,5)",
      result: new Date(Date.UTC(2024, 2, 5)),
    });
  });

  test("refuses a sheet whose used range is beyond the limit, naming the sheet", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("党员名册");
    sheet.getCell("A1").value = "姓名";
    sheet.getCell("Z1000").value = "零星内容";
    expect(() =>
      sheetsFromWorkbook(workbook, { file: "x.xlsx", limits: { maxCells: 1000 } })
    ).toThrow(/党员名册/);
  });
});
