import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import type ExcelJS from "exceljs";
import type { Locale } from "../engine/i18n/locale";
import { CliError } from "./cliError";
import { cliText } from "./cliText";
import { writeXlsxFile } from "../xlsx/write/saveXlsx";

/**
 * Writes the workbook through a temporary file beside the target, then renames it into place:
 * a crash or a full disk never leaves a half-written workbook where the user expects theirs.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  target: string,
  locale: Locale
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeXlsxFile(workbook, temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(cliText(locale)("cannotWrite", { file: target, reason }), 2, {
      cause: error,
    });
  }
}
