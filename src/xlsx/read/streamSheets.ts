import { readDateStyles } from "./dateStyles";
import { DEFAULT_GRID_LIMITS, type GridLimits } from "./gridBuilder";
import { XlsxReadError } from "./readError";
import { readProblem } from "./readMessages";
import { readSharedStrings } from "./sharedStrings";
import { DEFAULT_ZIP_LIMITS, withWorkbookFile, type ZipLimits } from "./sniff";
import { readWorkbookParts } from "./workbookParts";
import { readWorksheet } from "./worksheetReader";
import { hasPart, openPackage } from "./xmlParts";
import type { SheetInput } from "../../engine";

export interface StreamProgress {
  sheet: string;
  /** Rows read so far in that sheet. */
  rows: number;
}

export interface StreamReadOptions {
  zipLimits?: Partial<ZipLimits>;
  gridLimits?: Partial<GridLimits>;
  /** Report progress every this many rows (default 1000) and at each sheet's end. */
  progressEvery?: number;
}

/** A sheet holding formulas saved without their result: the file was never calculated. */
export interface UncalculatedSheet {
  sheet: string;
  /** How many such formulas. */
  cells: number;
  /** The first one ("D5"). */
  first: string;
}

export interface StreamedBook {
  sheets: SheetInput[];
  uncalculated: UncalculatedSheet[];
}

/**
 * Reads every worksheet's grid straight from the file's XML, without ExcelJS, inflating each
 * needed part once: for `check --report-only` on large files. Gives the same SheetInputs as
 * readXlsxFile, in the workbook's tab order, merges included.
 */
export async function streamXlsxSheets(
  path: string,
  onProgress?: (progress: StreamProgress) => void,
  options: StreamReadOptions = {}
): Promise<SheetInput[]> {
  return (await streamXlsxBook(path, onProgress, options)).sheets;
}

/** The grids, and which sheets hold formulas that were never calculated. */
export async function streamXlsxBook(
  path: string,
  onProgress?: (progress: StreamProgress) => void,
  options: StreamReadOptions = {}
): Promise<StreamedBook> {
  const zipLimits = { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits };
  const gridLimits = { ...DEFAULT_GRID_LIMITS, ...options.gridLimits };
  const progressEvery = Math.max(1, options.progressEvery ?? 1000);
  try {
    return await withWorkbookFile(path, zipLimits, async (source, layout) => {
      const pkg = openPackage(source, layout, path);
      const workbook = await readWorkbookParts(pkg);
      const dateStyles = hasPart(pkg, workbook.styles)
        ? await readDateStyles(pkg, workbook.styles)
        : [];
      const sharedStrings = hasPart(pkg, workbook.sharedStrings)
        ? await readSharedStrings(pkg, workbook.sharedStrings)
        : [];
      const sheets: SheetInput[] = [];
      const uncalculated: UncalculatedSheet[] = [];
      for (const { name, part, hidden } of workbook.sheets) {
        const sheet = await readWorksheet(pkg, name, part, {
          sharedStrings,
          dateStyles,
          date1904: workbook.date1904,
          gridLimits,
          maxMergedCells: zipLimits.maxMergedCells,
          progressEvery,
          onRows: (rows) => onProgress?.({ sheet: name, rows }),
          onUncalculated: (cells, first) => uncalculated.push({ sheet: name, cells, first }),
        });
        if (sheet) sheets.push(hidden ? { ...sheet, hidden } : sheet);
      }
      return { sheets, uncalculated };
    });
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw readProblem("corrupt", path, {}, error);
  }
}
