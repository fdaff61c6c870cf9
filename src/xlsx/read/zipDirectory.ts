/** Random access to a file's or buffer's bytes: the zip directory is read without loading it all. */
export interface ByteSource {
  readonly size: number;
  read(position: number, length: number): Promise<Uint8Array>;
}

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** The CRC-32 of the uncompressed data, as the central directory records it. */
  crc32: number;
}

/** The zip's own account of itself is unreadable: the file is damaged or not a zip. */
export class ZipFormatError extends Error {
  override name = "ZipFormatError";
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_LENGTH = 46;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

interface CentralDirectoryLocation {
  entries: number;
  size: number;
  offset: number;
}

/**
 * Reads the entry list from the central directory: the sizes every entry declares before a single
 * byte is inflated, which is what a zip-bomb guard needs. Handles ZIP64. Throws ZipFormatError when
 * the directory cannot be found or does not hang together.
 */
export async function readZipDirectory(source: ByteSource): Promise<ZipEntryInfo[]> {
  return (await readZipLayout(source)).entries;
}

/** Where an entry's data lives, for readers that inflate it (same order as `entries`). */
export interface ZipEntryLocation {
  /** 0 stored, 8 deflated; anything else no .xlsx uses. */
  method: number;
  /** Offset of the entry's local header. */
  localHeaderOffset: number;
  /** The general-purpose flags, and the modification time and date in MS-DOS form. */
  flags: number;
  dosTime: number;
  dosDate: number;
}

export interface ZipLayout {
  entries: ZipEntryInfo[];
  locations: ZipEntryLocation[];
  /** Where the central directory starts: every local entry record lies before it. */
  centralDirectoryOffset: number;
}

/** The entry list and where the central directory starts. */
export async function readZipLayout(source: ByteSource): Promise<ZipLayout> {
  const location = await locateCentralDirectory(source);
  if (location.offset + location.size > source.size) {
    throw new ZipFormatError("central directory lies beyond the end of the file");
  }
  const directory = await source.read(location.offset, location.size);
  const parsed = parseCentralDirectory(directory, location.entries);
  return {
    entries: parsed.map((p) => p.entry),
    locations: parsed.map((p) => p.location),
    centralDirectoryOffset: location.offset,
  };
}

async function locateCentralDirectory(source: ByteSource): Promise<CentralDirectoryLocation> {
  if (source.size < EOCD_MIN_LENGTH) throw new ZipFormatError("too short to be a zip");
  const tailLength = Math.min(source.size, EOCD_MIN_LENGTH + MAX_COMMENT_LENGTH);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const view = viewOf(tail);
  for (let at = tail.length - EOCD_MIN_LENGTH; at >= 0; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(at + 20, true);
    // A signature-like byte run inside the comment must not be taken for the record itself.
    if (at + EOCD_MIN_LENGTH + commentLength > tail.length) continue;
    const entries = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (entries === U16_MAX || size === U32_MAX || offset === U32_MAX) {
      return locateZip64(source, tailStart + at);
    }
    return { entries, size, offset };
  }
  throw new ZipFormatError("no end-of-central-directory record");
}

async function locateZip64(source: ByteSource, eocdAt: number): Promise<CentralDirectoryLocation> {
  if (eocdAt < 20) throw new ZipFormatError("ZIP64 locator missing");
  const locator = viewOf(await source.read(eocdAt - 20, 20));
  if (locator.getUint32(0, true) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipFormatError("ZIP64 locator missing");
  }
  const recordAt = readUint64(locator, 8);
  if (recordAt + 56 > source.size) throw new ZipFormatError("ZIP64 record beyond end of file");
  const record = viewOf(await source.read(recordAt, 56));
  if (record.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipFormatError("ZIP64 end-of-central-directory record missing");
  }
  return {
    entries: readUint64(record, 32),
    size: readUint64(record, 40),
    offset: readUint64(record, 48),
  };
}

interface ParsedEntry {
  entry: ZipEntryInfo;
  location: ZipEntryLocation;
}

function parseCentralDirectory(directory: Uint8Array, declaredEntries: number): ParsedEntry[] {
  const view = viewOf(directory);
  const names = new TextDecoder("utf-8");
  const entries: ParsedEntry[] = [];
  let at = 0;
  while (at + CENTRAL_HEADER_LENGTH <= directory.length) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) break;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const dosTime = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const nameStart = at + CENTRAL_HEADER_LENGTH;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directory.length) throw new ZipFormatError("central directory entry is cut short");
    const sizes = zip64Sizes(
      directory.subarray(extraStart, extraStart + extraLength),
      compressed,
      uncompressed,
      offset
    );
    entries.push({
      entry: {
        name: names.decode(directory.subarray(nameStart, extraStart)),
        compressedSize: sizes.compressed,
        uncompressedSize: sizes.uncompressed,
        crc32,
      },
      location: { method, localHeaderOffset: sizes.offset, flags, dosTime, dosDate },
    });
    at = next;
  }
  if (entries.length === 0 && declaredEntries > 0) {
    throw new ZipFormatError("central directory holds no readable entry");
  }
  return entries;
}

/** Sizes (and an offset) of 0xFFFFFFFF are placeholders for the ZIP64 extra field's values. */
function zip64Sizes(
  extra: Uint8Array,
  compressed: number,
  uncompressed: number,
  offset: number
): { compressed: number; uncompressed: number; offset: number } {
  if (compressed !== U32_MAX && uncompressed !== U32_MAX && offset !== U32_MAX) {
    return { compressed, uncompressed, offset };
  }
  const view = viewOf(extra);
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const body = at + 4;
    if (id === ZIP64_EXTRA_ID) {
      let field = body;
      const readNext = (): number => {
        if (field + 8 > body + length || field + 8 > extra.length) {
          throw new ZipFormatError("ZIP64 extra field is cut short");
        }
        const value = readUint64(view, field);
        field += 8;
        return value;
      };
      const realUncompressed = uncompressed === U32_MAX ? readNext() : uncompressed;
      const realCompressed = compressed === U32_MAX ? readNext() : compressed;
      const realOffset = offset === U32_MAX ? readNext() : offset;
      return { compressed: realCompressed, uncompressed: realUncompressed, offset: realOffset };
    }
    at = body + length;
  }
  throw new ZipFormatError("ZIP64 sizes announced but no ZIP64 extra field");
}

const viewOf = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Beyond 2^53 precision no longer matters: such a size is refused either way. */
/**
 * A little-endian 64-bit size as a number, read as two 32-bit halves: DataView.getBigUint64 and
 * BigInt are missing from the EdgeHTML webview Office still uses, and no polyfill can add BigInt.
 * Sizes above 2^53 are beyond any file a browser or Node can hold, so the sum stays exact.
 */
function readUint64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * 0x1_0000_0000 + view.getUint32(at, true);
}

/** The compression methods an .xlsx uses. */
export const ZIP_STORED = 0;
export const ZIP_DEFLATED = 8;

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;

/**
 * Where an entry's data begins: after its local header, name and extra field. Undefined when no
 * local header is there.
 */
export async function entryDataStart(
  source: ByteSource,
  location: ZipEntryLocation
): Promise<number | undefined> {
  const offset = location.localHeaderOffset;
  const header = await source.read(offset, LOCAL_HEADER_LENGTH);
  if (header.length < LOCAL_HEADER_LENGTH) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (view.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE) return undefined;
  return offset + LOCAL_HEADER_LENGTH + view.getUint16(26, true) + view.getUint16(28, true);
}

/** The zip-bomb guard on declared sizes, before a single byte is inflated. */
export interface DeclaredSizeLimits {
  /** Refuse when the entries declare more than this many bytes in total. */
  maxUncompressedBytes: number;
  /** Refuse when the declared total exceeds the file's size more than this many times… */
  maxCompressionRatio: number;
  /** …once the total is above this many bytes: small files are harmless at any ratio. */
  ratioCheckAboveBytes: number;
}

/** The entries' declared total when it breaks the limits; undefined when it does not. */
export function declaredTotalOverLimits(
  entries: readonly ZipEntryInfo[],
  fileBytes: number,
  limits: DeclaredSizeLimits
): number | undefined {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) return total;
  // Measured against the file itself: overlapping entries reuse the same compressed bytes.
  if (total > limits.ratioCheckAboveBytes && total / fileBytes > limits.maxCompressionRatio) {
    return total;
  }
  return undefined;
}
