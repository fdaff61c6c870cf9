import { deflateSync, inflateSync } from "fflate";
import { crc32 } from "../read/crc32";

/**
 * How a part's data is inflated and deflated, and its CRC-32 computed. The package writer takes
 * one so that it stays host-neutral: `portableCodec` (fflate, pure JavaScript) works anywhere; the
 * command line passes Node's zlib, several times faster on a 40 MB sheet.
 */
export interface PartCodec {
  /** Raw DEFLATE data → bytes; `size` is the uncompressed size the archive declares. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** Bytes → raw DEFLATE data (a host may deflate in the background). */
  deflate(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

export const portableCodec: PartCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
  // fflate computes a CRC inside but does not export it.
  crc32: (data) => crc32(data),
};
