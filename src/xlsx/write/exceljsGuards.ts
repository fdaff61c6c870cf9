import type ExcelJS from "exceljs";
import type { MergeArea } from "../../engine/workbook";

/**
 * ExcelJS keeps some state its typings do not declare (the conditional formats it read, a sheet's
 * merge index). These guards reach it without `any`, and fail closed when a future ExcelJS changes
 * shape: a missing field reads as "nothing there".
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

/**
 * Merges areas the caller knows to be disjoint. ExcelJS's `mergeCells` compares each new area with
 * every merge already on the sheet, so the 汇总表's tens of thousands of merged finding cells took
 * tens of seconds (quadratic). Each area is merged while ExcelJS sees no other merge, and the
 * index is put back afterwards, so ExcelJS itself still marks every cell. Overlaps are refused
 * here instead, in one pass over the areas' cells; a sheet that already has merges of its own, or
 * an ExcelJS of another shape, takes ExcelJS's own checked path.
 */
export function mergeDisjoint(worksheet: ExcelJS.Worksheet, areas: readonly MergeArea[]): void {
  const index: unknown = Reflect.get(worksheet, "_merges");
  if (!isRecord(index) || Object.keys(index).length > 0) {
    for (const area of areas) worksheet.mergeCells(area.address);
    return;
  }
  const taken = new Set<number>();
  // Columns are 0-based and below Excel's 16,384, so row × 2^14 + column names a cell uniquely.
  const COLUMNS = 2 ** 14;
  for (const area of areas) {
    for (let row = area.firstRow; row <= area.lastRow; row++) {
      for (let column = area.firstColumn; column <= area.lastColumn; column++) {
        const key = row * COLUMNS + column;
        if (taken.has(key)) throw new Error(`Cannot merge already merged cells: ${area.address}`);
        taken.add(key);
      }
    }
  }
  for (const area of areas) {
    Reflect.set(worksheet, "_merges", {});
    try {
      worksheet.mergeCells(area.address);
    } finally {
      const added: unknown = Reflect.get(worksheet, "_merges");
      if (isRecord(added)) Object.assign(index, added);
      Reflect.set(worksheet, "_merges", index);
    }
  }
}
