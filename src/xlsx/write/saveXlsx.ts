import type ExcelJS from "exceljs";
import { encodeZipTextWhole } from "./zipTextEncoding";

/**
 * Saving goes through here, never through `workbook.xlsx.write*` directly: ExcelJS in Node would
 * otherwise garble a character cut by JSZip's 16K blocks (see zipTextEncoding.ts).
 */
export async function writeXlsxFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  encodeZipTextWhole();
  await workbook.xlsx.writeFile(path);
}

/** The workbook's .xlsx bytes. */
export async function writeXlsxBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  encodeZipTextWhole();
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  if (!(buffer instanceof Uint8Array)) throw new TypeError("ExcelJS returned no bytes");
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
