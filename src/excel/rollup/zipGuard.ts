import { bufferSource } from "../../xlsx/read/byteSources";
import {
  readZipLayout,
  type ZipEntryInfo,
  type ZipEntryLocation,
} from "../../xlsx/read/zipDirectory";
import type { SkipReasonKey } from "./rollupMessages";

/*
 * A received file is unpacked whole by ExcelJS in the pane, so a zip bomb — one declaring
 * gigabytes, or one declaring kilobytes and inflating to gigabytes — would take the pane (and the
 * officer's Excel) down with it. The command line guards with Node's zlib (src/xlsx/read/sniff.ts);
 * this is the same guard with the browser's DecompressionStream. A summary or a checked ledger is
 * a few megabytes; the limits are far above that.
 */

/** Refuse when the entries declare more than this in total. */
const MAX_DECLARED_BYTES = 512 * 1024 ** 2;
/** Refuse when the declared total is more than this many times the file… */
const MAX_RATIO = 1000;
/** …once the total passes this size: small files are harmless at any ratio. */
const RATIO_ABOVE_BYTES = 64 * 1024 ** 2;

const LOCAL_HEADER_LENGTH = 30;
const STORED = 0;
const DEFLATED = 8;

/** Why the bytes must not be unpacked, or null when they may. */
export async function unsafeZipReason(bytes: Uint8Array): Promise<SkipReasonKey | null> {
  let layout;
  try {
    layout = await readZipLayout(bufferSource(bytes));
  } catch {
    return "corrupt";
  }
  const declared = layout.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > MAX_DECLARED_BYTES) return "tooLarge";
  if (declared > RATIO_ABOVE_BYTES && declared > bytes.byteLength * MAX_RATIO) return "tooLarge";
  for (const [i, entry] of layout.entries.entries()) {
    const location = layout.locations[i];
    if (!location) continue;
    const reason = await entryReason(bytes, entry, location);
    if (reason) return reason;
  }
  return null;
}

/** Inflates one entry, counting and discarding its bytes, and stops as soon as it lies. */
async function entryReason(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  location: ZipEntryLocation
): Promise<SkipReasonKey | null> {
  const start = dataStart(bytes, location.localHeaderOffset);
  if (start === undefined || start + entry.compressedSize > bytes.byteLength) return "corrupt";
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (location.method === STORED) {
    return data.byteLength > entry.uncompressedSize ? "tooLarge" : null;
  }
  // Other methods are ExcelJS's to refuse; without DecompressionStream the declared sizes stand.
  if (location.method !== DEFLATED || typeof DecompressionStream === "undefined") return null;
  const reader = new Blob([data.slice()])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  let inflated = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      inflated += read.value.byteLength;
      if (inflated > entry.uncompressedSize) {
        await reader.cancel();
        return "tooLarge";
      }
    }
  } catch {
    return "corrupt";
  }
  return null;
}

/** Where an entry's data begins: after its local header, name and extra field. */
function dataStart(bytes: Uint8Array, offset: number): number | undefined {
  if (offset + LOCAL_HEADER_LENGTH > bytes.byteLength) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, LOCAL_HEADER_LENGTH);
  if (view.getUint32(0, true) !== 0x04034b50) return undefined;
  return offset + LOCAL_HEADER_LENGTH + view.getUint16(26, true) + view.getUint16(28, true);
}
