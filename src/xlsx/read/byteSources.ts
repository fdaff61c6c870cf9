import type { ByteSource } from "./zipDirectory";

/** Bytes in memory as a ByteSource (a browser's file, a test's workbook). */
export function bufferSource(data: Uint8Array): ByteSource {
  return {
    size: data.byteLength,
    read: (position, length) =>
      Promise.resolve(data.subarray(position, Math.min(position + length, data.byteLength))),
  };
}

/** Where `needle` first occurs in `bytes`, or -1. */
function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  if (first === undefined) return 0;
  const last = bytes.length - needle.length;
  for (let at = bytes.indexOf(first); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}

/** Whether `needle` occurs in the source, read in chunks that overlap by needle.length - 1. */
export async function sourceContains(source: ByteSource, needle: Uint8Array): Promise<boolean> {
  const chunk = 1 << 20;
  const overlap = needle.length - 1;
  for (let position = 0; position < source.size; position += chunk - overlap) {
    const bytes = await source.read(position, chunk);
    if (indexOf(bytes, needle) >= 0) return true;
    if (position + bytes.length >= source.size) break;
  }
  return false;
}
