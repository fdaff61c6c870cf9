import ExcelJS from "exceljs";
import { writeSheetModel } from "../write/sheetModel";
import type { RollupReasons } from "./rollupEntry";
import { type Locale, buildRollup, type RollupEntry, type SkippedFile } from "../../engine";

export interface RollupMeta {
  /** When the roll-up was made, as shown on it ("2025-01-15 10:30"). */
  createdAt: string;
  version: string;
  locale: Locale;
}

export interface RollupBook {
  /** null when no file could be consolidated. */
  workbook: ExcelJS.Workbook | null;
  entries: RollupEntry[];
  skipped: SkippedFile[];
}

/**
 * Whether the department's own sheet can be laid out. The schema already refuses what cannot;
 * this keeps any other failure to the one file, named, instead of ending the roll-up.
 */
function layoutProblem(entry: RollupEntry, meta: RollupMeta): string | null {
  try {
    const models = buildRollup({ entries: [entry], skipped: [], ...meta, createdAt: "" });
    const scratch = new ExcelJS.Workbook();
    for (const model of models) writeSheetModel(scratch.addWorksheet(model.name), model);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The level above's roll-up workbook from what each department file gave: a ranked row per
 * department and a sheet per department's branch table. A file whose sheet cannot be laid out
 * joins the skipped ones, named with the reason; none is dropped silently. The command line saves
 * the workbook to a file, the checker page hands its bytes to the browser.
 */
export function buildRollupWorkbook(
  readings: readonly ({ entry: RollupEntry } | { skipped: SkippedFile })[],
  reasons: RollupReasons,
  meta: RollupMeta
): RollupBook {
  const entries: RollupEntry[] = [];
  const skipped: SkippedFile[] = [];
  for (const reading of readings) {
    if ("skipped" in reading) {
      skipped.push(reading.skipped);
      continue;
    }
    const problem = layoutProblem(reading.entry, meta);
    if (problem === null) entries.push(reading.entry);
    else skipped.push({ file: reading.entry.file, reason: reasons.invalid(problem) });
  }
  if (entries.length === 0) return { workbook: null, entries, skipped };
  const workbook = new ExcelJS.Workbook();
  for (const model of buildRollup({ entries, skipped, ...meta })) {
    writeSheetModel(workbook.addWorksheet(model.name), model);
  }
  return { workbook, entries, skipped };
}
