import { Inflate } from "fflate";
import { crc32 } from "./crc32";
import { ZIP_STORED } from "./zipDirectory";
import {
  crcMismatch,
  entryDataOffset,
  storedChunks,
  ZipDataError,
  ZipSizeLieError,
  type EntryStreamer,
} from "./zipEntryData";

/**
 * Compressed data goes to the inflater in pieces this small, so one piece can never inflate to
 * more than about 64 MB (DEFLATE's ratio is at most about 1032:1) before the size it declares is
 * checked: a lying entry is stopped early, whatever its declared size.
 */
const PIECE = 1 << 16;
const READ = 1 << 20;

/** Thrown inside fflate's callback to stop it; never leaves this module. */
class Stop extends Error {}

/**
 * fflate's streaming inflater: the way a browser page inflates an entry (see zipEntryData.ts). The
 * same checks as Node's: the declared size, the CRC, damage named as the entry's.
 */
export const streamZipEntryPortable: EntryStreamer = async (source, entry, location, onChunk) => {
  const start = await entryDataOffset(source, entry, location);
  let crc = 0;
  let inflated = 0;
  let failure: unknown;
  const take = (chunk: Uint8Array): void => {
    inflated += chunk.length;
    crc = crc32(chunk, crc);
    if (inflated > entry.uncompressedSize) {
      failure = new ZipSizeLieError(entry.name, entry.uncompressedSize);
      throw new Stop();
    }
    try {
      onChunk(chunk);
    } catch (error) {
      failure = error;
      throw new Stop();
    }
  };
  const inflater =
    location.method === ZIP_STORED
      ? null
      : new Inflate((chunk) => {
          if (chunk.length > 0) take(chunk);
        });
  try {
    let pushed = 0;
    for await (const read of storedChunks(source, start, entry.compressedSize, READ)) {
      for (let at = 0; at < read.length; at += PIECE) {
        const piece = read.subarray(at, Math.min(at + PIECE, read.length));
        pushed += piece.length;
        if (inflater) inflater.push(piece, pushed === entry.compressedSize);
        else take(piece);
      }
    }
    // An empty deflated entry still has its end-of-stream block to read.
    if (inflater && entry.compressedSize === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (failure !== undefined) throw failure;
    throw new ZipDataError(`zip entry ${entry.name} cannot be inflated`, entry.name, {
      cause: error,
    });
  }
  const mismatch = crcMismatch(entry, crc);
  if (mismatch) throw mismatch;
};
