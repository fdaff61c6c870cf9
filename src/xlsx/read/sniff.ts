import { open, stat } from "node:fs/promises";
import { bufferSource } from "./byteSources";
import { classifyWorkbook, DEFAULT_ZIP_LIMITS, type ZipLimits } from "./classify";
import { fileSource } from "./fileSource";
import { inflateProblem, mergedCellsProblem } from "./limitProblems";
import { XlsxReadError } from "./readError";
import { readProblem } from "./readMessages";
import { readZipContents, type ZipContents } from "./zipContents";
import type { ByteSource, ZipLayout } from "./zipDirectory";

export { DEFAULT_ZIP_LIMITS, type ZipLimits } from "./classify";

/**
 * Classifies a file before ExcelJS sees it and throws an XlsxReadError for anything that is not a
 * readable .xlsx (missing, empty, legacy .xls, encrypted, not a zip, bomb-sized, not a workbook,
 * an entry lying about its size, merged areas too large to load).
 */
export async function sniffWorkbookFile(
  path: string,
  limits: Partial<ZipLimits> = {}
): Promise<void> {
  await withWorkbookFile(path, limits, (source, layout) =>
    checkContents(source, layout, path, { ...DEFAULT_ZIP_LIMITS, ...limits })
  );
}

/**
 * Opens the file, classifies it by its head and zip directory alone (nothing is inflated, so the
 * caller must hold each entry it reads to its declared size) and hands it to `use`.
 */
export async function withWorkbookFile<T>(
  path: string,
  limits: Partial<ZipLimits>,
  use: (source: ByteSource, layout: ZipLayout) => Promise<T>
): Promise<T> {
  const size = await fileSize(path);
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw readProblem("not-found", path, { code: errorCode(error) }, error);
  }
  try {
    const source = fileSource(handle, size);
    return await use(source, await classifyWorkbook(source, path, limits));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The same classification for bytes already in memory; `file` names them in messages. */
export async function sniffWorkbookBuffer(
  data: Uint8Array,
  file = "",
  limits: Partial<ZipLimits> = {}
): Promise<void> {
  const source = bufferSource(data);
  const layout = await classifyWorkbook(source, file, limits);
  await checkContents(source, layout, file, { ...DEFAULT_ZIP_LIMITS, ...limits });
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw readProblem("not-found", path, { code: "EISDIR" });
    return info.size;
  } catch (error) {
    if (isReadProblem(error)) throw error;
    throw readProblem("not-found", path, { code: errorCode(error) }, error);
  }
}

/** Inflates every entry once, for the full reader: ExcelJS would hold a lying entry whole. */
async function checkContents(
  source: ByteSource,
  layout: ZipLayout,
  file: string,
  limits: ZipLimits
): Promise<void> {
  let contents: ZipContents;
  try {
    contents = await readZipContents(source, layout);
  } catch (error) {
    throw inflateProblem(error, file);
  }
  const over = contents.merges.find((count) => count.cells > limits.maxMergedCells);
  if (!over) return;
  const sheet = contents.sheetNames.get(over.part.toLowerCase()) ?? over.part;
  throw mergedCellsProblem(file, sheet, over.largest, over.cells);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

const isReadProblem = (error: unknown): error is XlsxReadError => error instanceof XlsxReadError;
