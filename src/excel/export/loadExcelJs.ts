import type ExcelJS from "exceljs";

/**
 * ExcelJS, loaded only when an export or a roll-up needs it: it is large, and the task pane's first
 * load must stay small. The bundler puts it (and what imports it here) in a chunk of its own.
 */
export type WorkbookConstructor = new () => ExcelJS.Workbook;

const isConstructor = (value: unknown): value is WorkbookConstructor => typeof value === "function";

export async function loadWorkbookClass(): Promise<WorkbookConstructor> {
  const loaded: unknown = await import("exceljs");
  // A CommonJS module arrives as the namespace itself or under `default`, depending on the bundler.
  const candidates = [loaded, Reflect.get(Object(loaded), "default")];
  for (const candidate of candidates) {
    const workbook: unknown = Reflect.get(Object(candidate), "Workbook");
    if (isConstructor(workbook)) return workbook;
  }
  throw new Error("ExcelJS did not load: no Workbook class in the module");
}

/** What ExcelJS's writeBuffer gives (a Node or browser Buffer, or an ArrayBuffer) as plain bytes. */
export function toBytes(buffer: unknown): Uint8Array {
  if (buffer instanceof Uint8Array) {
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new TypeError("ExcelJS returned no bytes");
}

/** Bytes as ExcelJS's load() takes them: its typings ask for an ArrayBuffer-like Buffer. */
export function toLoadInput(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
