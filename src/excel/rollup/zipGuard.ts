import { bufferSource } from "../../xlsx/read/byteSources";
import {
  declaredTotalOverLimits,
  entryDataStart,
  readZipLayout,
  ZIP_DEFLATED,
  ZIP_STORED,
  type ByteSource,
  type DeclaredSizeLimits,
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

/** The command line's limits, with a total a browser pane can afford. */
const LIMITS: DeclaredSizeLimits = {
  maxUncompressedBytes: 512 * 1024 ** 2,
  maxCompressionRatio: 1000,
  ratioCheckAboveBytes: 64 * 1024 ** 2,
};

/** Why the bytes must not be unpacked, or null when they may. */
export async function unsafeZipReason(bytes: Uint8Array): Promise<SkipReasonKey | null> {
  const source = bufferSource(bytes);
  let layout;
  try {
    layout = await readZipLayout(source);
  } catch {
    return "corrupt";
  }
  if (declaredTotalOverLimits(layout.entries, bytes.byteLength, LIMITS) !== undefined) {
    return "tooLarge";
  }
  for (const [i, entry] of layout.entries.entries()) {
    const location = layout.locations[i];
    if (!location) continue;
    const reason = await entryReason(source, bytes, entry, location);
    if (reason) return reason;
  }
  return null;
}

/** Inflates one entry, counting and discarding its bytes, and stops as soon as it lies. */
async function entryReason(
  source: ByteSource,
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  location: ZipEntryLocation
): Promise<SkipReasonKey | null> {
  const start = await entryDataStart(source, location);
  if (start === undefined || start + entry.compressedSize > bytes.byteLength) return "corrupt";
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (location.method === ZIP_STORED) {
    return data.byteLength > entry.uncompressedSize ? "tooLarge" : null;
  }
  // Other methods are ExcelJS's to refuse; without DecompressionStream the declared sizes stand.
  if (location.method !== ZIP_DEFLATED || typeof DecompressionStream === "undefined") return null;
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
