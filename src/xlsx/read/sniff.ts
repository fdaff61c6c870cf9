import { open, stat } from "node:fs/promises";
import { bufferSource, sourceContains } from "./byteSources";
import { fileSource } from "./fileByteSource";
import { inflateProblem, mergedCellsProblem } from "./limitProblems";
import { XlsxReadError } from "./readError";
import { readProblem, type ReadProblemDetail } from "./readMessages";
import { readZipContents, type ZipContents } from "./zipContents";
import {
  declaredTotalOverLimits,
  entryDataStart,
  readZipLayout,
  type ByteSource,
  type DeclaredSizeLimits,
  type ZipEntryInfo,
  type ZipLayout,
} from "./zipDirectory";

/** Guards against zip bombs: the declared sizes (before anything is inflated) and merged areas. */
export interface ZipLimits extends DeclaredSizeLimits {
  /**
   * Refuse a sheet whose merged areas cover more cells than this (default 200,000): ExcelJS
   * creates an object for every merged cell while loading, so A1:XFD1048576 would exhaust memory.
   */
  maxMergedCells: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 1000,
  ratioCheckAboveBytes: 64 * 1024 ** 2,
  maxMergedCells: 200_000,
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** An encrypted OOXML package is an OLE file with this stream; a legacy .xls has none. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
const HEAD_LENGTH = 512;

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
    return await use(source, await classify(source, path, limits));
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
  const layout = await classify(source, file, limits);
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

async function classify(
  source: ByteSource,
  file: string,
  partialLimits: Partial<ZipLimits>
): Promise<ZipLayout> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...partialLimits };
  if (source.size === 0) throw readProblem("empty-file", file);
  const head = await source.read(0, HEAD_LENGTH);
  if (startsWith(head, OLE_MAGIC)) {
    const encrypted = await sourceContains(source, ENCRYPTION_INFO);
    throw readProblem(encrypted ? "encrypted" : "legacy-xls", file);
  }
  if (startsWith(head, EMPTY_ZIP_MAGIC)) throw readProblem("not-xlsx", file, { looksLike: "zip" });
  if (!startsWith(head, ZIP_MAGIC)) {
    throw readProblem("not-xlsx", file, { looksLike: guessNonZip(head) });
  }
  if (source.size > limits.maxUncompressedBytes) {
    throw readProblem("too-large", file, sizeDetail(source.size));
  }
  let layout: ZipLayout;
  try {
    layout = await readZipLayout(source);
  } catch (error) {
    throw readProblem("corrupt", file, {}, error);
  }
  checkDeclaredSizes(layout.entries, source.size, file, limits);
  const kind = packageKind(layout.entries);
  if (kind === "odf") {
    const spreadsheet = await isOdfSpreadsheet(source, layout);
    throw readProblem("not-xlsx", file, { looksLike: spreadsheet ? "ods" : "odf" });
  }
  if (kind !== "xlsx") throw readProblem("not-xlsx", file, { looksLike: kind });
  return layout;
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

function checkDeclaredSizes(
  entries: readonly ZipEntryInfo[],
  fileBytes: number,
  file: string,
  limits: ZipLimits
): void {
  const total = declaredTotalOverLimits(entries, fileBytes, limits);
  if (total !== undefined) throw readProblem("too-large", file, sizeDetail(total));
}

type PackageKind = "xlsx" | NonNullable<ReadProblemDetail["looksLike"]>;

const ODF_MIMETYPE = "mimetype";
const ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * An OpenDocument package says what it is in its first entry, "mimetype", stored uncompressed
 * (ODF 1.2, part 3, 3.3); a spreadsheet's is application/vnd.oasis.opendocument.spreadsheet.
 */
async function isOdfSpreadsheet(source: ByteSource, layout: ZipLayout): Promise<boolean> {
  const index = layout.entries.findIndex((entry) => entry.name === ODF_MIMETYPE);
  const entry = layout.entries[index];
  const location = layout.locations[index];
  if (!entry || !location || location.method !== 0 || entry.compressedSize > 200) return false;
  const start = await entryDataStart(source, location);
  if (start === undefined) return false;
  const bytes = await source.read(start, entry.compressedSize);
  return new TextDecoder("utf-8").decode(bytes).startsWith(ODS_TYPE);
}

function packageKind(entries: readonly ZipEntryInfo[]): PackageKind {
  const names = new Set(entries.map((entry) => entry.name.replace(/^\//, "").toLowerCase()));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  if (names.has(ODF_MIMETYPE) && names.has("content.xml")) return "odf";
  return names.has("[content_types].xml") ? "unknown" : "zip";
}

/** What a non-zip file most likely is, so the message can say what to do with it. */
function guessNonZip(head: Uint8Array): ReadProblemDetail["looksLike"] {
  // Control bytes other than tab, line breaks and form feed mean binary data, not text.
  if (head.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20))) return "unknown";
  const text = new TextDecoder("utf-8")
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (text.startsWith("<")) return "html";
  // A PDF's head is mostly ASCII, but it is no more a table than a picture is.
  if (text.startsWith("%PDF-")) return "unknown";
  return "text";
}

function sizeDetail(bytes: number): ReadProblemDetail {
  const mib = bytes / 1024 ** 2;
  const shown = mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${mib.toFixed(1)} MiB`;
  return { sizeZh: `约 ${shown}`, sizeEn: `about ${shown}` };
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

const isReadProblem = (error: unknown): error is XlsxReadError => error instanceof XlsxReadError;
