import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { crc32, createInflateRaw } from "node:zlib";
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
 * entry is held to the size it declares while it inflates.
 */

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

const CHUNK = 1 << 20;
const INFLATE_CHUNK = 1 << 18;

/** Whether the entry's compression method is one an .xlsx uses (stored or deflated). */
export const isReadableMethod = (location: ZipEntryLocation): boolean =>
  location.method === ZIP_STORED || location.method === ZIP_DEFLATED;

/**
 * Hands the entry's inflated bytes to `onChunk` in order. Throws ZipSizeLieError past the declared
 * size, ZipDataError when the data cannot be reached or inflated, and whatever `onChunk` throws.
 */
export async function streamZipEntry(
  source: ByteSource,
  entry: ZipEntryInfo,
  location: ZipEntryLocation,
  onChunk: (chunk: Buffer) => void
): Promise<void> {
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
  let crc = 0;
  let inflated = 0;
  // What onChunk throws must stop the pipeline as it is, not be taken for a damaged stream.
  let consumerError: unknown;
  const consumer = new Writable({
    write(chunk: Buffer, _encoding, done) {
      inflated += chunk.length;
      crc = crc32(chunk, crc);
      if (inflated > entry.uncompressedSize) {
        done(new ZipSizeLieError(entry.name, entry.uncompressedSize));
        return;
      }
      try {
        onChunk(chunk);
      } catch (error) {
        consumerError = error;
        done(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      done();
    },
  });
  const raw = Readable.from(chunksOf(source, start, entry.compressedSize));
  try {
    if (location.method === ZIP_STORED) await pipeline(raw, consumer);
    // Larger output chunks than zlib's 16 KiB: a 100k-row sheet otherwise passed the stream
    // machinery thousands of times. Memory stays bounded, and a lie is still caught within a chunk.
    else await pipeline(raw, createInflateRaw({ chunkSize: INFLATE_CHUNK }), consumer);
  } catch (error) {
    if (consumerError !== undefined) throw consumerError;
    if (error instanceof ZipSizeLieError) throw error;
    throw new ZipDataError(`zip entry ${entry.name} cannot be inflated`, entry.name, {
      cause: error,
    });
  }
  // The stored bytes were damaged after the zip was written (a disk, a transfer, an edit).
  if (crc >>> 0 !== entry.crc32 >>> 0) {
    throw new ZipDataError(`zip entry ${entry.name} fails its CRC check`, entry.name, {}, "crc");
  }
}

async function* chunksOf(source: ByteSource, start: number, length: number) {
  for (let at = 0; at < length; at += CHUNK) {
    const bytes = await source.read(start + at, Math.min(CHUNK, length - at));
    if (bytes.length === 0) throw new ZipDataError("the file ends inside a zip entry", undefined);
    yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
