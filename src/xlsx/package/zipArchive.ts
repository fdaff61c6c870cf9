import { Zip, type ZipInputFile } from "fflate";
import { bufferSource } from "../read/byteSources";
import { entryDataStart, readZipLayout } from "../read/zipDirectory";

/**
 * A zip archive as entries whose data stays compressed as it was: an entry nobody changes is
 * written back from these very bytes, never inflated and deflated again. Host-neutral (bytes in,
 * bytes out): the same code runs in Node and in a browser.
 */

export interface ArchiveEntry {
  /** The entry's name as stored ("xl/worksheets/sheet1.xml"). */
  name: string;
  /** 0 stored, 8 deflated; another method is copied as it is but cannot be edited. */
  method: number;
  /** The data as stored in the archive (compressed when method is 8). */
  data: Uint8Array;
  crc32: number;
  /** Uncompressed size. */
  size: number;
  /** Bits 1–2 of the general-purpose flags (the deflate level used), kept as they were. */
  levelFlags: number;
  /** Modification time, in MS-DOS form as stored. */
  dosTime: number;
  dosDate: number;
}

/** An archive entry cannot be read from the bytes: the package is damaged. */
export class ArchiveError extends Error {
  override name = "ArchiveError";
}

/** The entries of an archive in their stored order. */
export async function readArchive(bytes: Uint8Array): Promise<ArchiveEntry[]> {
  const source = bufferSource(bytes);
  const layout = await readZipLayout(source);
  const entries: ArchiveEntry[] = [];
  for (const [i, info] of layout.entries.entries()) {
    const location = layout.locations[i];
    if (!location) continue;
    const start = await entryDataStart(source, location);
    if (start === undefined || start + info.compressedSize > bytes.length) {
      throw new ArchiveError(`${info.name} cannot be reached`);
    }
    entries.push({
      name: info.name,
      method: location.method,
      data: bytes.subarray(start, start + info.compressedSize),
      crc32: info.crc32,
      size: info.uncompressedSize,
      levelFlags: (location.flags >> 1) & 3,
      dosTime: location.dosTime,
      dosDate: location.dosDate,
    });
  }
  return entries;
}

/**
 * MS-DOS time as the local Date fflate turns back into the same fields. Many writers store 0 (no
 * month, no day): such fields become 1980-01-01, as fflate accepts only real dates of 1980–2099.
 */
function dosDateTime(dosDate: number, dosTime: number): Date {
  const year = Math.min(1980 + (dosDate >> 9), 2099);
  const month = Math.min(Math.max(((dosDate >> 5) & 15) - 1, 0), 11);
  const day = Math.max(dosDate & 31, 1);
  const hours = Math.min(dosTime >> 11, 23);
  const minutes = Math.min((dosTime >> 5) & 63, 59);
  const seconds = Math.min((dosTime & 31) * 2, 58);
  return new Date(year, month, day, hours, minutes, seconds);
}

/** 1980-01-01 00:00, the earliest MS-DOS time, as Excel writes for every part. */
export const DOS_EPOCH = { dosDate: (1 << 5) | 1, dosTime: 0 };

/**
 * Writes the entries, in the order given, into a new archive (fflate's Zip container). Each
 * entry's data is written exactly as given, compressed or stored, with its CRC and sizes: fflate
 * takes a ZipInputFile of any compression method and adds the headers, a data descriptor and the
 * central directory around it.
 */
export function writeArchive(entries: readonly ArchiveEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      chunks.push(chunk);
      length += chunk.length;
    }
  });
  for (const entry of entries) {
    const file: ZipInputFile = {
      filename: entry.name,
      size: entry.size,
      crc: entry.crc32,
      compression: entry.method,
      flag: entry.levelFlags,
      mtime: dosDateTime(entry.dosDate, entry.dosTime),
    };
    zip.add(file);
    const ondata = file.ondata;
    if (!ondata) throw new ArchiveError("fflate did not take the entry");
    ondata(null, plainView(entry.data), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The same bytes typed over a plain ArrayBuffer, as fflate asks. */
function plainView(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : data.slice();
}
