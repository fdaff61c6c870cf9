import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readXlsxFile } from "./readXlsx";
import { XlsxReadError, type XlsxReadReason } from "./readError";
import { sniffWorkbookBuffer, sniffWorkbookFile } from "./sniff";
import { streamXlsxSheets } from "./streamSheets";
import { craftZip, tempFolder, writeWorkbook, XLSX_PART_NAMES } from "./testSupport";

const folder = tempFolder("xlsx-sniff");
afterAll(() => folder.cleanup());

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function oleFile(withEncryptionInfo: boolean): Buffer {
  const body = Buffer.alloc(4096, 0);
  OLE_HEADER.copy(body, 0);
  // Directory entries hold UTF-16LE stream names; put one well past the first read chunk's start.
  const name = Buffer.from(withEncryptionInfo ? "EncryptionInfo" : "Workbook", "utf16le");
  name.copy(body, 3000);
  return body;
}

function xlsxLike(names: readonly string[], declaredUncompressed?: number): Uint8Array {
  return craftZip(names.map((name) => ({ name, data: Buffer.from("<x/>"), declaredUncompressed })));
}

const cases: [string, XlsxReadReason, () => Uint8Array | undefined, RegExp][] = [
  ["a missing file", "not-found", () => undefined, /找不到文件“.*”/],
  ["a zero-byte file", "empty-file", () => new Uint8Array(0), /空文件/],
  ["random bytes", "not-xlsx", () => randomBytes(2048), /不是 Excel 工作簿/],
  [
    "a legacy .xls (OLE without EncryptionInfo)",
    "legacy-xls",
    () => oleFile(false),
    /Excel 97-2003/,
  ],
  ["an encrypted workbook (OLE with EncryptionInfo)", "encrypted", () => oleFile(true), /密码/],
  [
    "a text file named .xlsx",
    "not-xlsx",
    () => Buffer.from("姓名,支部\n张伟,第一党支部\n"),
    /文本文件/,
  ],
  ["an HTML table saved as .xlsx", "not-xlsx", () => Buffer.from("\uFEFF <html><table>"), /网页/],
  ["an empty zip", "not-xlsx", () => craftZip([]), /压缩包/],
  [
    "a Word document",
    "not-xlsx",
    () => xlsxLike(["[Content_Types].xml", "word/document.xml"]),
    /Word/,
  ],
  ["an .xlsb", "not-xlsx", () => xlsxLike(["[Content_Types].xml", "xl/workbook.bin"]), /\.xlsb/],
  ["a plain zip", "not-xlsx", () => xlsxLike(["readme.txt"]), /压缩包/],
  ["a zip cut short", "corrupt", () => xlsxLike(XLSX_PART_NAMES).subarray(0, 60), /已损坏/],
  ["a zip declaring a huge size", "too-large", () => xlsxLike(XLSX_PART_NAMES, 0xfffffff0), /过大/],
];

describe.each(cases)("%s", (label, reason, bytes, zh) => {
  const path = folder.path(`${label.replace(/\W+/g, "_")}.xlsx`);
  const data = bytes();
  if (data) writeFileSync(path, data);

  test(`sniffWorkbookFile: ${reason}`, async () => {
    const error = await sniffWorkbookFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ reason, file: path });
    expect((error as XlsxReadError).message).toMatch(zh);
    expect((error as XlsxReadError).messageEn).toMatch(/[A-Za-z]/);
  });

  test(`readXlsxFile and streamXlsxSheets: ${reason}`, async () => {
    await expect(readXlsxFile(path)).rejects.toMatchObject({ reason });
    await expect(streamXlsxSheets(path)).rejects.toMatchObject({ reason });
  });
});

describe("sniffWorkbookFile", () => {
  test("passes a real workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("单位信息").getCell("A1").value = "单位名称";
    const path = await writeWorkbook(workbook, folder.path("real.xlsx"));
    await expect(sniffWorkbookFile(path)).resolves.toBeUndefined();
    await expect(sniffWorkbookBuffer(readFileSync(path), "real.xlsx")).resolves.toBeUndefined();
  });

  test("the legacy .xls message says what to do", async () => {
    const path = folder.path("a.xls");
    writeFileSync(path, oleFile(false));
    await expect(sniffWorkbookFile(path)).rejects.toThrow(
      "文件“a.xls”是旧版 Excel 97-2003 格式（.xls），请在 Excel 中另存为 .xlsx 后再检查"
    );
  });

  test("finds EncryptionInfo beyond the first megabyte", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0);
    OLE_HEADER.copy(big, 0);
    Buffer.from("EncryptionInfo", "utf16le").copy(big, 1024 * 1024 - 7);
    await expect(sniffWorkbookBuffer(big, "big.xlsx")).rejects.toMatchObject({
      reason: "encrypted",
    });
  });

  test("a folder is named as such", async () => {
    const path = folder.path("folder.xlsx");
    mkdirSync(path);
    await expect(sniffWorkbookFile(path)).rejects.toMatchObject({
      reason: "not-found",
      message: expect.stringContaining("文件夹"),
    });
  });

  test("the size limit is an option", async () => {
    const zip = xlsxLike(XLSX_PART_NAMES, 5000);
    await expect(sniffWorkbookBuffer(zip, "z.xlsx")).resolves.toBeUndefined();
    await expect(
      sniffWorkbookBuffer(zip, "z.xlsx", { maxUncompressedBytes: 9000 })
    ).rejects.toMatchObject({ reason: "too-large" });
  });

  test("an absurd ratio of declared size to file size is refused below the total limit", async () => {
    const zip = xlsxLike(XLSX_PART_NAMES, 200 * 1024 ** 2);
    await expect(sniffWorkbookBuffer(zip, "bomb.xlsx")).rejects.toMatchObject({
      reason: "too-large",
      message: expect.stringContaining("bomb.xlsx"),
    });
    await expect(
      sniffWorkbookBuffer(zip, "bomb.xlsx", { maxCompressionRatio: Infinity })
    ).resolves.toBeUndefined();
  });
});

/** Deterministic noise: a fixed linear congruential sequence, so a failure can be replayed. */
function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 20240405;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
