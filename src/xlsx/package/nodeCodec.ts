import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { PartCodec } from "./codec";

/** Node's zlib for the command line: the same formats as portableCodec, natively. */
export const nodeCodec: PartCodec = {
  inflate: (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }),
  deflate: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data) >>> 0,
};
