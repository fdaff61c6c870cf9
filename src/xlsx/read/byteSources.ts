import type { FileHandle } from "node:fs/promises";
import type { ByteSource } from "./zipDirectory";

export function bufferSource(data: Uint8Array): ByteSource {
  return {
    size: data.byteLength,
    read: (position, length) =>
      Promise.resolve(data.subarray(position, Math.min(position + length, data.byteLength))),
  };
}

/** Reads only the ranges asked for, so sniffing a large file touches a few kilobytes of it. */
export function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(position, length) {
      const wanted = Math.max(0, Math.min(length, size - position));
      const buffer = new Uint8Array(wanted);
      let filled = 0;
      while (filled < wanted) {
        const { bytesRead } = await handle.read(buffer, filled, wanted - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
  };
}

/** Whether `needle` occurs in the source, read in chunks that overlap by needle.length - 1. */
export async function sourceContains(source: ByteSource, needle: Uint8Array): Promise<boolean> {
  const chunk = 1 << 20;
  const overlap = needle.length - 1;
  for (let position = 0; position < source.size; position += chunk - overlap) {
    const bytes = await source.read(position, chunk);
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0) {
      return true;
    }
    if (position + bytes.length >= source.size) break;
  }
  return false;
}
