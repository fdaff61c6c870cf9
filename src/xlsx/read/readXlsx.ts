import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { GridLimits } from "./gridBuilder";
import { XlsxReadError } from "./readError";
import { readProblem } from "./readMessages";
import { sheetsFromWorkbook } from "./sheetsFromWorkbook";
import { sniffWorkbookBuffer, sniffWorkbookFile, type ZipLimits } from "./sniff";
import type { SheetInput } from "../../engine";

/** A fully loaded workbook: ExcelJS's model (to write marks into) and the engine's input. */
export interface XlsxBook {
  workbook: ExcelJS.Workbook;
  sheets: SheetInput[];
}

export interface XlsxReadOptions {
  zipLimits?: Partial<ZipLimits>;
  gridLimits?: Partial<GridLimits>;
}

/** Loads an .xlsx file whole; every failure is an XlsxReadError that names the file. */
export async function readXlsxFile(path: string, options: XlsxReadOptions = {}): Promise<XlsxBook> {
  await sniffWorkbookFile(path, options.zipLimits);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    throw readProblem("not-found", path, { code: codeOf(error) }, error);
  }
  return loadBook(data, path, options);
}

/** Loads .xlsx bytes; `file` (optional) names them in messages. */
export async function readXlsxBuffer(
  data: Uint8Array,
  options: XlsxReadOptions & { file?: string } = {}
): Promise<XlsxBook> {
  const file = options.file ?? "";
  await sniffWorkbookBuffer(data, file, options.zipLimits);
  return loadBook(data, file, options);
}

async function loadBook(
  data: Uint8Array,
  file: string,
  options: XlsxReadOptions
): Promise<XlsxBook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for its own Buffer type; a view over the same bytes avoids a copy.
    await workbook.xlsx.load(asExcelJsBuffer(data));
  } catch (error) {
    throw readProblem("corrupt", file, {}, error);
  }
  try {
    return { workbook, sheets: sheetsFromWorkbook(workbook, { file, limits: options.gridLimits }) };
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw readProblem("corrupt", file, {}, error);
  }
}

type LoadInput = Parameters<ExcelJS.Xlsx["load"]>[0];

/**
 * ExcelJS's typings declare their own `Buffer` (an ArrayBuffer); at run time `load` takes a Node
 * Buffer, which a view over the same bytes is.
 */
function asExcelJsBuffer(data: Uint8Array): LoadInput {
  const buffer: unknown = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!isLoadInput(buffer)) throw new TypeError("Buffer.from did not return a Buffer");
  return buffer;
}

const isLoadInput = (value: unknown): value is LoadInput => Buffer.isBuffer(value);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
