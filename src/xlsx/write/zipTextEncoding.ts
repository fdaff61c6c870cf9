import { ZipWriter } from "exceljs/lib/utils/zip-stream.js";

/*
 * ExcelJS 4.4.0 (pinned) hands each XML part to JSZip as a JavaScript string when it runs in Node.
 * JSZip cuts a string into blocks of 16,384 UTF-16 code units and encodes each block to UTF-8 on
 * its own, so a character outside the Basic Multilingual Plane (an emoji, a rare CJK extension
 * ideograph such as 𠀾 in a person's name) that straddles a block boundary is written as two
 * U+FFFD — the saved ledger silently loses it. ExcelJS's browser build already encodes the text
 * itself first; this does the same in Node, once per process.
 */

interface ZipWriterPrototype {
  append(data: unknown, options: unknown): unknown;
}

const PATCHED = Symbol.for("party-ledger.zipTextAsUtf8");

function zipWriterPrototype(): ZipWriterPrototype {
  // The same module instance ExcelJS requires for its own writes, so patching it reaches them.
  const prototype = ZipWriter.prototype;
  if (!isZipWriterPrototype(prototype)) {
    throw new Error("ExcelJS's ZipWriter has changed shape; the text-encoding repair cannot apply");
  }
  return prototype;
}

const isZipWriterPrototype = (value: unknown): value is ZipWriterPrototype =>
  typeof value === "object" && value !== null && typeof Reflect.get(value, "append") === "function";

/** Makes every later ExcelJS write in this process encode XML parts to UTF-8 whole. Idempotent. */
export function encodeZipTextWhole(): void {
  const prototype = zipWriterPrototype();
  if (Reflect.get(prototype, PATCHED) === true) return;
  const append = prototype.append;
  prototype.append = function (this: unknown, data: unknown, options: unknown): unknown {
    const bytes = typeof data === "string" && !isBase64(options) ? Buffer.from(data, "utf8") : data;
    return Reflect.apply(append, this, [bytes, options]);
  };
  Reflect.set(prototype, PATCHED, true);
}

/** Base64 parts (images) are text JSZip decodes itself; they are ASCII and stay as they are. */
const isBase64 = (options: unknown): boolean =>
  typeof options === "object" && options !== null && Reflect.get(options, "base64") === true;
