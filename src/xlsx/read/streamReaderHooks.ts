import { StringDecoder } from "node:string_decoder";
import type { SheetXmlObserver } from "./sheetXmlObserver";

/*
 * ExcelJS 4.4.0's streaming reader (pinned) keeps a few facts in untyped fields and decodes each
 * zip chunk as UTF-8 on its own, which garbles any Chinese character cut by a chunk boundary.
 * These hooks reach those fields through type guards and feed it text decoded across boundaries.
 */

/**
 * Makes the shared-strings part arrive as text decoded across chunk boundaries: the reader turns
 * each Buffer chunk into a string separately, so a character split between two chunks would
 * become two U+FFFD and the ledger's text would silently change.
 */
export function decodeSharedStringsAsText(reader: object): void {
  const original: unknown = Reflect.get(reader, "_parseSharedStrings");
  if (typeof original !== "function") return;
  Reflect.set(reader, "_parseSharedStrings", function (this: unknown, entry: unknown): unknown {
    if (hasSetEncoding(entry)) entry.setEncoding("utf8");
    return Reflect.apply(original, this, [entry]);
  });
}

/**
 * Routes a worksheet's XML through the observer, as text decoded across chunk boundaries, before
 * the worksheet reader parses it. Must run before the worksheet's rows are iterated.
 */
export function observeWorksheetXml(worksheet: object, observer: SheetXmlObserver): void {
  const source: unknown = Reflect.get(worksheet, "iterator");
  if (!isAsyncIterable(source)) return;
  Reflect.set(worksheet, "iterator", decodedAndObserved(source, observer));
}

async function* decodedAndObserved(
  source: AsyncIterable<unknown>,
  observer: SheetXmlObserver
): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of source) {
    const text = typeof chunk === "string" ? chunk : isBytes(chunk) ? decoder.write(chunk) : "";
    observer.feed(text);
    yield text;
  }
  const rest = decoder.end();
  if (rest !== "") {
    observer.feed(rest);
    yield rest;
  }
}

/** The sheet's name from workbook.xml; the reader falls back to "Sheet<n>" itself. */
export function worksheetName(worksheet: object): string | undefined {
  const name: unknown = Reflect.get(worksheet, "name");
  return typeof name === "string" ? name : undefined;
}

/** Whether workbook.xml declares the 1904 date system (false until it has been read). */
export function readerDate1904(reader: object): boolean {
  const properties: unknown = Reflect.get(reader, "properties");
  if (typeof properties !== "object" || properties === null) return false;
  const model: unknown = Reflect.get(properties, "model");
  if (typeof model !== "object" || model === null) return false;
  return Reflect.get(model, "date1904") === true;
}

/** Sheet names in the workbook's tab order, from workbook.xml. */
export function sheetOrder(reader: object): string[] {
  const model: unknown = Reflect.get(reader, "model");
  if (typeof model !== "object" || model === null) return [];
  const sheets: unknown = Reflect.get(model, "sheets");
  if (!Array.isArray(sheets)) return [];
  const names: string[] = [];
  for (const sheet of sheets as unknown[]) {
    if (typeof sheet !== "object" || sheet === null) continue;
    const name: unknown = Reflect.get(sheet, "name");
    if (typeof name === "string") names.push(name);
  }
  return names;
}

function hasSetEncoding(value: unknown): value is { setEncoding(encoding: "utf8"): unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    "setEncoding" in value &&
    typeof value.setEncoding === "function"
  );
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    Symbol.asyncIterator in value &&
    typeof value[Symbol.asyncIterator] === "function"
  );
}

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
