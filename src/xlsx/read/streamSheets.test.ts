import ExcelJS from "exceljs";
import { readXlsxFile } from "./readXlsx";
import { streamXlsxSheets, type StreamProgress } from "./streamSheets";
import { buildKindsWorkbook, KINDS_EXPECTED, tempFolder, writeWorkbook } from "./testSupport";

const folder = tempFolder("xlsx-stream");
afterAll(() => folder.cleanup());

async function bothReaders(path: string) {
  const full = (await readXlsxFile(path)).sheets;
  const streamed = await streamXlsxSheets(path);
  return { full, streamed };
}

describe("streamXlsxSheets", () => {
  test("gives the same grids as the full reader for every kind of value", async () => {
    const path = await writeWorkbook(buildKindsWorkbook(ExcelJS), folder.path("kinds.xlsx"));
    const { full, streamed } = await bothReaders(path);
    expect(streamed).toEqual(full);
    expect(streamed).toEqual([KINDS_EXPECTED]);
  });

  test("keeps workbook order, merges and offsets across several sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    const meetings = workbook.addWorksheet("会议台账");
    meetings.mergeCells("A1:C1");
    meetings.getCell("A1").value = "会议台账";
    meetings.mergeCells("A3:A4");
    meetings.getCell("A3").value = "第一党支部";
    meetings.getCell("B4").value = "支委会";
    workbook.addWorksheet("空表");
    const dues = workbook.addWorksheet("党费台账");
    dues.getCell("D5").value = 15;
    // Tab order differs from the sheet files' numbering (ExcelJS's typings omit orderNo).
    Reflect.set(meetings, "orderNo", 3);
    Reflect.set(dues, "orderNo", 1);
    const path = await writeWorkbook(workbook, folder.path("order.xlsx"));
    const { full, streamed } = await bothReaders(path);
    expect(full.map((s) => s.name)).toEqual(["党费台账", "空表", "会议台账"]);
    expect(streamed).toEqual(full);
    expect(streamed[2]?.merges).toEqual(["A1:C1", "A3:A4"]);
  });

  test("Chinese text survives chunk boundaries in shared strings", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("党员名册");
    for (let r = 1; r <= 4000; r++) {
      sheet.getCell(r, 1).value = `第${r}名党员，所在支部：机关第${r % 7}党支部（在职）`;
      sheet.getCell(r, 2).value = r;
    }
    const path = await writeWorkbook(workbook, folder.path("chinese.xlsx"));
    const { full, streamed } = await bothReaders(path);
    expect(JSON.stringify(streamed)).not.toContain("\uFFFD");
    expect(streamed).toEqual(full);
    expect(streamed[0]?.values[3999]).toEqual([
      "第4000名党员，所在支部：机关第3党支部（在职）",
      4000,
    ]);
  });

  test("inline strings (rich and Chinese) and formula results match the full reader", async () => {
    const path = folder.path("inline.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useSharedStrings: false,
      useStyles: true,
    });
    const sheet = writer.addWorksheet("培训台账");
    for (let r = 1; r <= 3000; r++) {
      const row = sheet.getRow(r);
      row.getCell(1).value = `张伟${r}参加市级机关党支部书记集中轮训`;
      row.getCell(2).value = {
        richText: [{ text: "集中" }, { text: "轮训", font: { bold: true } }],
      };
      row.getCell(3).value = { formula: "1/0", result: { error: "#DIV/0!" } };
      row.getCell(4).value = { formula: "TRUE()", result: true };
      row.commit();
    }
    sheet.commit();
    await writer.commit();
    const { full, streamed } = await bothReaders(path);
    expect(streamed).toEqual(full);
    expect(streamed[0]?.values[2999]).toEqual([
      "张伟3000参加市级机关党支部书记集中轮训",
      "集中轮训",
      "#DIV/0!",
      true,
    ]);
  });

  test("a 1904 workbook gives the same serials as the full reader", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("日期");
    sheet.getCell("A1").value = new Date(Date.UTC(2024, 2, 5, 8, 0));
    sheet.getCell("B1").value = { formula: "A1+1", result: new Date(Date.UTC(2024, 2, 6)) };
    sheet.getCell("B1").numFmt = "yyyy-mm-dd";
    sheet.getCell("C1").value = 43894;
    const path = await writeWorkbook(workbook, folder.path("1904.xlsx"));
    const { full, streamed } = await bothReaders(path);
    expect(streamed).toEqual(full);
    expect(streamed[0]?.values[0]?.slice(1)).toEqual([45357, 43894]);
  });

  test("reports progress per sheet, ending with the sheet's row count", async () => {
    const workbook = new ExcelJS.Workbook();
    const a = workbook.addWorksheet("甲");
    for (let r = 1; r <= 25; r++) a.getCell(r, 1).value = r;
    workbook.addWorksheet("乙").getCell("A1").value = "x";
    const path = await writeWorkbook(workbook, folder.path("progress.xlsx"));
    const seen: StreamProgress[] = [];
    await streamXlsxSheets(path, (p) => seen.push(p), { progressEvery: 10 });
    expect(seen).toEqual([
      { sheet: "甲", rows: 10 },
      { sheet: "甲", rows: 20 },
      { sheet: "甲", rows: 25 },
      { sheet: "乙", rows: 1 },
    ]);
  });
});

describe("streamXlsxSheets on Excel's entry order", () => {
  test("reads every sheet when workbook.xml and sharedStrings.xml come after many small sheets", async () => {
    // ExcelJS writes workbook.xml last; unpadded, its streaming reader stops before reaching it.
    const workbook = new ExcelJS.Workbook();
    for (let i = 1; i <= 7; i++) {
      const sheet = workbook.addWorksheet(`台账${i}`);
      sheet.getCell("A1").value = `第${i}张表`;
      sheet.getCell("B2").value = i;
    }
    const path = await writeWorkbook(workbook, folder.path("many.xlsx"));
    const streamed = await streamXlsxSheets(path);
    expect(streamed.map((s) => s.values)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((i) => [
        [`第${i}张表`, ""],
        ["", i],
      ])
    );
  });
});
