import type ExcelJS from "exceljs";
import { writeXlsxFile } from "../xlsx/write/saveXlsx";
import { writeAtomically } from "./files/atomicWrite";
import type { Locale } from "../engine";

/** Saves a workbook we created (template, sample, roll-up) atomically. */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  target: string,
  locale: Locale
): Promise<void> {
  await writeAtomically(target, locale, (temp) => writeXlsxFile(workbook, temp));
}
