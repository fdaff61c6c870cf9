import { deflateSync, inflateSync } from "fflate";

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

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as zip stores it (fflate computes one inside but does not export it). */
export function portableCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    crc = (CRC_TABLE[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const portableCodec: PartCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32: portableCrc32,
};
