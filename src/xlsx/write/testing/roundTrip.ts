import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeXlsxFile } from "../saveXlsx";

/** Saves the workbook into a fresh temporary folder and hands the file to `use`. */
async function withSavedFile<T>(
  workbook: ExcelJS.Workbook,
  use: (file: string) => Promise<T> | T
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "party-ledger-write-"));
  try {
    const file = join(dir, "book.xlsx");
    await writeXlsxFile(workbook, file);
    return await use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Saves the workbook and reads it back, as the user's next session would see it. */
export function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return withSavedFile(workbook, async (file) => {
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.readFile(file);
    return loaded;
  });
}

/** The saved file's bytes, for looking inside the package. */
export function savedBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return withSavedFile(workbook, (file) => readFileSync(file));
}
