import { sourceContains } from "./byteSources";
import { readProblem, type ReadProblemDetail } from "./readMessages";
import {
  declaredTotalOverLimits,
  entryDataStart,
  readZipLayout,
  type ByteSource,
  type DeclaredSizeLimits,
  type ZipEntryInfo,
  type ZipLayout,
} from "./zipDirectory";

/*
 * What a file is, told from its first bytes and its zip directory alone, before anything is
 * inflated: host-neutral (bytes in, a layout or an XlsxReadError out), for the command line and
 * a browser page alike.
 */

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
const ENCRYPTION_INFO = utf16le("EncryptionInfo");
const HEAD_LENGTH = 512;

/**
 * Classifies the bytes by their head and zip directory alone (nothing is inflated, so the caller
 * must hold each entry it reads to its declared size): throws an XlsxReadError for anything that
 * is not a readable .xlsx (empty, legacy .xls, encrypted, not a zip, bomb-sized, not a workbook).
 */
export async function classifyWorkbook(
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

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = code & 0xff;
    bytes[2 * i + 1] = code >> 8;
  }
  return bytes;
}
