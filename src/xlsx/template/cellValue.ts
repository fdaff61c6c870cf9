import type ExcelJS from "exceljs";
import type { CellValue } from "../../engine";

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system, for serials from 61 on (after Excel's phantom 1900-02-29). */
const EPOCH = Date.UTC(1899, 11, 30);
const FIRST_REAL_SERIAL = 61;

/** An Excel serial as the UTC date ExcelJS writes back as that serial; undefined outside 1900-03-01…9999. */
export function serialToDate(serial: number): Date | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_REAL_SERIAL || serial >= 2_958_466)
    return undefined;
  return new Date(EPOCH + serial * MS_PER_DAY);
}

/**
 * A data cell as ExcelJS should store it. Serial numbers in date columns become dates (shown in
 * the column's date format); everything else is stored as given — a string that starts with
 * "=", "+", "-" or "@" is written as a string and never becomes a formula. A number that Excel
 * cannot store (NaN, ±Infinity) is kept as its text rather than dropped or left to corrupt the file.
 */
export function toExcelValue(value: CellValue, isDateColumn: boolean): ExcelJS.CellValue {
  if (typeof value !== "number") return value;
  if (!Number.isFinite(value)) return String(value);
  return (isDateColumn ? serialToDate(value) : undefined) ?? value;
}

/** Whether a value leaves its cell empty (nothing is written). */
export function isBlankValue(value: CellValue | undefined): boolean {
  return value === undefined || value === "";
}
