import {
  entryDataStart,
  ZIP_DEFLATED,
  ZIP_STORED,
  type ByteSource,
  type ZipEntryInfo,
  type ZipEntryLocation,
} from "./zipDirectory";

/**
 * One zip entry's data, inflated as a stream with bounded memory. The central directory's sizes
 * are only claims: a crafted entry can declare a few kilobytes and inflate to gigabytes, so every
 * entry is held to the size it declares while it inflates. How the data is inflated is the host's
 * (`nodeEntryStream.ts`: Node's zlib; `portableEntryStream.ts`: fflate, in a browser too); what
 * counts as a lie or as damage is decided here, the same for both.
 */

/**
 * Hands the entry's inflated bytes to `onChunk` in order. Throws ZipSizeLieError past the declared
 * size, ZipDataError when the data cannot be reached or inflated or fails its CRC, and whatever
 * `onChunk` throws.
 */
export type EntryStreamer = (
  source: ByteSource,
  entry: ZipEntryInfo,
  location: ZipEntryLocation,
  onChunk: (chunk: Uint8Array) => void
) => Promise<void>;

/** A zip entry inflates to more than it declares: the zip lies about itself. */
export class ZipSizeLieError extends Error {
  override name = "ZipSizeLieError";
  constructor(
    readonly entry: string,
    readonly declared: number
  ) {
    super(`zip entry ${entry} inflates to more than the ${declared} bytes it declares`);
  }
}

/** An entry's data cannot be reached or inflated, or fails its CRC: the zip is damaged. */
export class ZipDataError extends Error {
  override name = "ZipDataError";
  constructor(
    message: string,
    readonly entry?: string,
    options?: { cause?: unknown },
    /** What failed: the data's check sum, or reaching and inflating it. */
    readonly problem: "crc" | "inflate" = "inflate"
  ) {
    super(message, options);
  }
}

/** Whether the entry's compression method is one an .xlsx uses (stored or deflated). */
export const isReadableMethod = (location: ZipEntryLocation): boolean =>
  location.method === ZIP_STORED || location.method === ZIP_DEFLATED;

/** Where the entry's stored data starts, once it is known to be readable and inside the file. */
export async function entryDataOffset(
  source: ByteSource,
  entry: ZipEntryInfo,
  location: ZipEntryLocation
): Promise<number> {
  if (!isReadableMethod(location)) {
    throw new ZipDataError(
      `zip entry ${entry.name} uses compression method ${location.method}`,
      entry.name
    );
  }
  const start = await entryDataStart(source, location);
  if (start === undefined) {
    throw new ZipDataError(`zip entry ${entry.name} has no local header`, entry.name);
  }
  if (start + entry.compressedSize > source.size) {
    throw new ZipDataError(`zip entry ${entry.name} runs past the end of the file`, entry.name);
  }
  return start;
}

/** The stored bytes were damaged after the zip was written (a disk, a transfer, an edit). */
export function crcMismatch(entry: ZipEntryInfo, crc: number): ZipDataError | undefined {
  return crc >>> 0 === entry.crc32 >>> 0
    ? undefined
    : new ZipDataError(`zip entry ${entry.name} fails its CRC check`, entry.name, {}, "crc");
}

/** The entry's stored data in pieces of at most `size` bytes, read as they are needed. */
export async function* storedChunks(
  source: ByteSource,
  start: number,
  length: number,
  size: number
): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < length; at += size) {
    const bytes = await source.read(start + at, Math.min(size, length - at));
    if (bytes.length === 0) throw new ZipDataError("the file ends inside a zip entry", undefined);
    yield bytes;
  }
}
