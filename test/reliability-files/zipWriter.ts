import { deflateRawSync } from "node:zlib";

/**
 * A zip written byte by byte, so a test controls what every header declares: hostile files lie
 * about their sizes, which no zip library will write for us.
 */

export interface ZipPart {
  name: string;
  /** The bytes stored in the file for this entry (already deflated when `deflated`). */
  stored: Uint8Array;
  deflated: boolean;
  /** What the headers declare; the real sizes by default. */
  declaredUncompressed: number;
  crc: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An honest deflated entry. */
export function deflatedPart(name: string, text: string | Uint8Array): ZipPart {
  const data = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return {
    name,
    stored: deflateRawSync(data),
    deflated: true,
    declaredUncompressed: data.length,
    crc: crc32(data),
  };
}

export function zipBytes(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const method = part.deflated ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.stored.length, 18);
    local.writeUInt32LE(part.declaredUncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(part.stored));
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(part.crc, 16);
    header.writeUInt32LE(part.stored.length, 20);
    header.writeUInt32LE(part.declaredUncompressed, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + part.stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
