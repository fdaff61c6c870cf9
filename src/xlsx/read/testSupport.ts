import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import type ExcelJS from "exceljs";
import { writeXlsxFile } from "../write/saveXlsx";

/** A fresh temp directory per test file, removed by `cleanup`. Test-only helper. */
export function tempFolder(prefix: string): { path(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<string> {
  await writeXlsxFile(workbook, path);
  return path;
}

export interface CraftedEntry {
  name: string;
  data: Uint8Array;
  /** Declared sizes to write instead of the real ones (to fake a zip bomb). */
  declaredUncompressed?: number;
}

/**
 * A zip built byte by byte with stored (uncompressed) entries, optionally in ZIP64 form, so tests
 * control exactly what the central directory declares.
 */
export function craftZip(entries: readonly CraftedEntry[], zip64 = false): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.data.length;
    const declared = entry.declaredUncompressed ?? size;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, entry.data);
    const extra = zip64 ? zip64Extra(declared, size, offset) : Buffer.alloc(0);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(45, 6);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(zip64 ? 0xffffffff : size, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : Math.min(declared, 0xfffffffe), 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(header, name, extra);
    offset += local.length + name.length + size;
  }
  const directory = Buffer.concat(central);
  const tail: Uint8Array[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, directory, ...tail, end]);
}

function zip64Extra(uncompressed: number, compressed: number, offset: number): Buffer {
  const extra = Buffer.alloc(4 + 24);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(uncompressed), 4);
  extra.writeBigUInt64LE(BigInt(compressed), 12);
  extra.writeBigUInt64LE(BigInt(offset), 20);
  return extra;
}

/** The minimal parts that make a zip look like an .xlsx to the sniffer. */
export const XLSX_PART_NAMES = ["[Content_Types].xml", "xl/workbook.xml"];

/**
 * A workbook holding every kind of cell value the readers must handle, with the values Excel's
 * Range.values would give for its first sheet's used range (B2:H6 plus the merged title row).
 */
export function buildKindsWorkbook(ExcelJSModule: typeof ExcelJS): ExcelJS.Workbook {
  const workbook = new ExcelJSModule.Workbook();
  const sheet = workbook.addWorksheet("各类取值");
  sheet.mergeCells("B2:H2");
  sheet.getCell("B2").value = "2024年度会议台账";
  sheet.getCell("B3").value = 12;
  sheet.getCell("C3").value = 3000.01;
  sheet.getCell("D3").value = "第一党支部";
  sheet.getCell("E3").value = true;
  sheet.getCell("F3").value = false;
  sheet.getCell("G3").value = { error: "#REF!" };
  sheet.getCell("H3").value = "  带空格 ";
  sheet.getCell("B4").value = {
    richText: [{ text: "支部" }, { text: "党员大会", font: { bold: true } }],
  };
  sheet.getCell("C4").value = { text: "会议纪要", hyperlink: "https://example.org/纪要" };
  sheet.getCell("D4").value = { formula: "B3*2", result: 24 };
  sheet.getCell("E4").value = { formula: 'D3&"会"', result: "第一党支部会" };
  sheet.getCell("F4").value = { formula: "B3>1", result: true };
  sheet.getCell("G4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("H4").value = { formula: "NA()", result: { error: "#N/A" } };
  sheet.getCell("B5").value = { formula: "DATE(2024,3,5)", result: new Date(Date.UTC(2024, 2, 5)) };
  sheet.getCell("B5").numFmt = "yyyy-mm-dd";
  sheet.getCell("C5").value = { formula: "NOW()" };
  sheet.getCell("D5").value = new Date(Date.UTC(2024, 2, 5, 14, 30));
  sheet.getCell("D5").numFmt = "yyyy-mm-dd hh:mm";
  sheet.getCell("E5").value = 0.75;
  sheet.getCell("E5").numFmt = "h:mm";
  sheet.fillFormula("F5:H5", "$B$3+1", [13, 13, 13]);
  sheet.getCell("B6").value = 59;
  sheet.getCell("B6").numFmt = "yyyy-mm-dd";
  sheet.getCell("C6").value = 60;
  sheet.getCell("C6").numFmt = "yyyy-mm-dd";
  sheet.getCell("D6").value = 61;
  sheet.getCell("D6").numFmt = "yyyy-mm-dd";
  sheet.getCell("E6").value = new Date(Date.UTC(1900, 2, 1));
  sheet.getCell("F6").value = 45356;
  sheet.getCell("F6").numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell("G6").value = 1;
  sheet.getCell("G6").numFmt = "yyyy-mm-dd";
  // Formatting alone does not widen the used range.
  sheet.getCell("J9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  return workbook;
}

/** What Range.values gives for the first sheet of buildKindsWorkbook. */
export const KINDS_EXPECTED = {
  name: "各类取值",
  topLeft: "B2",
  merges: ["B2:H2"],
  values: [
    ["2024年度会议台账", "", "", "", "", "", ""],
    [12, 3000.01, "第一党支部", true, false, "#REF!", "  带空格 "],
    ["支部党员大会", "会议纪要", 24, "第一党支部会", true, "#DIV/0!", "#N/A"],
    [45356, "", 45356 + 14.5 / 24, 0.75, 13, 13, 13],
    [59, 60, 61, 61, 45356, 1, ""],
  ],
};
