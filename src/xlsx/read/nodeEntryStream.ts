import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { crc32, createInflateRaw } from "node:zlib";
import {
  crcMismatch,
  entryDataOffset,
  storedChunks,
  ZipDataError,
  ZipSizeLieError,
  type EntryStreamer,
} from "./zipEntryData";
import { ZIP_STORED } from "./zipDirectory";

const CHUNK = 1 << 20;
const INFLATE_CHUNK = 1 << 18;

/** Node's zlib as a stream: the command line's way of inflating an entry (see zipEntryData.ts). */
export const streamZipEntry: EntryStreamer = async (source, entry, location, onChunk) => {
  const start = await entryDataOffset(source, entry, location);
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
  const raw = Readable.from(nodeChunks(storedChunks(source, start, entry.compressedSize, CHUNK)));
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
  const mismatch = crcMismatch(entry, crc);
  if (mismatch) throw mismatch;
};

/** Node's streams take Buffers: the same bytes, viewed. */
async function* nodeChunks(chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Buffer> {
  for await (const bytes of chunks)
    yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
