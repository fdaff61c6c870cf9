import { createReadStream } from "node:fs";
import { Readable } from "node:stream";

/**
 * Padding large enough to fill every stream buffer between unzipper's parser and ExcelJS's entry
 * loop (a few 16 KiB buffers), so the parser cannot run ahead of the loop past it.
 */
const PADDING_BYTES = 1024 * 1024;
/** A name no ExcelJS handler matches, so its loop drains the entry and moves on. */
const PADDING_NAME = Buffer.from("party-ledger-check/stream-padding.bin", "utf8");

/**
 * The file's bytes for ExcelJS's streaming reader, with one stored entry of zeros inserted after
 * the last entry record (before the central directory).
 *
 * Why: unzipper (under ExcelJS 4.4.0) announces the end of the zip as soon as it has parsed the
 * last byte, even while entries it parsed are still waiting for ExcelJS's loop, which then stops
 * and silently skips them — with Excel's usual entry order that is workbook.xml or
 * sharedStrings.xml, and every sheet is lost or mis-read. The parser cannot finish the padding
 * until the loop drains it, so by then the loop has taken every real entry.
 */
export function paddedZipStream(path: string, centralDirectoryOffset: number): Readable {
  return Readable.from(paddedChunks(path, centralDirectoryOffset), { objectMode: false });
}

async function* paddedChunks(path: string, centralDirectoryOffset: number): AsyncGenerator<Buffer> {
  if (centralDirectoryOffset > 0) {
    yield* chunksOf(createReadStream(path, { start: 0, end: centralDirectoryOffset - 1 }));
  }
  yield paddingRecord();
  yield* chunksOf(createReadStream(path, { start: centralDirectoryOffset }));
}

async function* chunksOf(stream: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    if (Buffer.isBuffer(chunk)) yield chunk;
  }
}

/** A local file record: stored, no data descriptor; the parser reads the sizes from here. */
function paddingRecord(): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt32LE(0, 14);
  header.writeUInt32LE(PADDING_BYTES, 18);
  header.writeUInt32LE(PADDING_BYTES, 22);
  header.writeUInt16LE(PADDING_NAME.length, 26);
  return Buffer.concat([header, PADDING_NAME, Buffer.alloc(PADDING_BYTES)]);
}
