import type ExcelJS from "exceljs";

/**
 * ExcelJS keeps some state its typings do not declare (the conditional formats it read, the sheet
 * order, a cell's note). These guards reach it without `any`, and fail closed when a future ExcelJS
 * changes shape: a missing field reads as "nothing there".
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isConditionalFormat(value: unknown): value is ExcelJS.ConditionalFormattingOptions {
  return isRecord(value) && typeof value.ref === "string" && Array.isArray(value.rules);
}

/** The worksheet's own list of conditional formats (the live array, not a copy). */
export function conditionalFormatsOf(
  worksheet: ExcelJS.Worksheet
): ExcelJS.ConditionalFormattingOptions[] {
  const list: unknown = Reflect.get(worksheet, "conditionalFormattings");
  if (!Array.isArray(list)) return [];
  return list.filter(isConditionalFormat);
}

/** Position of a sheet in the workbook's tab order (ExcelJS sorts `worksheets` by it). */
export function orderOf(worksheet: ExcelJS.Worksheet): number {
  const order: unknown = Reflect.get(worksheet, "orderNo");
  return typeof order === "number" ? order : worksheet.id;
}

export function setOrder(worksheet: ExcelJS.Worksheet, order: number): void {
  Reflect.set(worksheet, "orderNo", order);
}

/**
 * Removes a cell's note. ExcelJS has no public way to: `cell.note = undefined` writes a broken note,
 * and a cell read from a file also keeps the note in its value's model, which is written again.
 */
export function deleteNote(cell: ExcelJS.Cell): void {
  Reflect.set(cell, "_comment", undefined);
  const model: unknown = cell.model;
  if (isRecord(model)) Reflect.deleteProperty(model, "comment");
}

export function isRichNote(note: unknown): note is ExcelJS.Comment & { texts: ExcelJS.RichText[] } {
  return (
    isRecord(note) &&
    Array.isArray(note.texts) &&
    note.texts.every((run) => isRecord(run) && typeof run.text === "string")
  );
}
