import type { SkipReasonKey } from "./rollupMessages";

/**
 * A first look at a received file's bytes, so the reason given is the real one rather than
 * "damaged". (src/xlsx/read/sniff.ts does this thoroughly but reads from disk with Node.)
 */

/** Every .xlsx is a zip: local file header "PK\x03\x04". */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an .xls, or an .xlsx encrypted with an opening password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** null when the bytes may be an .xlsx; else why they cannot be. */
export function sniffWorkbookBytes(bytes: Uint8Array): SkipReasonKey | null {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE)) return "legacyOrEncrypted";
  if (!startsWith(bytes, ZIP)) return "notXlsx";
  return null;
}
