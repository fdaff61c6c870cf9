import type { ByteSource } from "./zipDirectory";

export function bufferSource(data: Uint8Array): ByteSource {
  return {
    size: data.byteLength,
    read: (position, length) =>
      Promise.resolve(data.subarray(position, Math.min(position + length, data.byteLength))),
  };
}

/** Whether `needle` occurs in the source, read in chunks that overlap by needle.length - 1. */
export async function sourceContains(source: ByteSource, needle: Uint8Array): Promise<boolean> {
  const chunk = 1 << 20;
  const overlap = needle.length - 1;
  for (let position = 0; position < source.size; position += chunk - overlap) {
    const bytes = await source.read(position, chunk);
    if (indexOfBytes(bytes, needle) >= 0) return true;
    if (position + bytes.length >= source.size) break;
  }
  return false;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const last = haystack.length - needle.length;
  outer: for (let start = 0; start <= last; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return start;
  }
  return -1;
}
