import { classifyWorkbook, DEFAULT_ZIP_LIMITS, type ZipLimits } from "./classify";
import { readDateStyles } from "./dateStyles";
import { DEFAULT_GRID_LIMITS, type GridLimits } from "./gridBuilder";
import { XlsxReadError } from "./readError";
import { readProblem } from "./readMessages";
import { readSharedStrings } from "./sharedStrings";
import { workbookKindOfPackage, type WorkbookKind } from "./workbookKind";
import { readWorkbookParts } from "./workbookParts";
import { readWorksheet } from "./worksheetReader";
import { hasPart, openPackage, type XlsxPackage } from "./xmlParts";
import type { EntryStreamer } from "./zipEntryData";
import type { ByteSource, ZipLayout } from "./zipDirectory";
import { type SheetInput } from "../../engine";

/**
 * The streaming reader over any ByteSource: the sheets' XML read without ExcelJS, each needed part
 * inflated once and held to its declared size. Host-neutral: the command line gives it a file and
 * Node's zlib (`streamSheets.ts`), a browser page the file's bytes and fflate.
 */

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

/** The grids of every worksheet of an opened package, in tab order, and which were never calculated. */
export async function readPackageSheets(
  pkg: XlsxPackage,
  onProgress: ((progress: StreamProgress) => void) | undefined,
  options: StreamReadOptions
): Promise<StreamedBook> {
  const zipLimits = { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits };
  const gridLimits = { ...DEFAULT_GRID_LIMITS, ...options.gridLimits };
  const progressEvery = Math.max(1, options.progressEvery ?? 1000);
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
}

/** Turns any failure that is not already a read problem into "damaged", naming the file. */
export async function asReadProblem<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw readProblem("corrupt", file, {}, error);
  }
}

/** A workbook's bytes as one reading gives them: the grids, and what the package is. */
export interface ReadBook extends StreamedBook {
  kind: WorkbookKind;
}

/**
 * Classifies the source and reads its sheets: every failure is an XlsxReadError naming `file`
 * (not a workbook, damaged, too large…), with the same reasons and words as the command line.
 */
export function readBookFromSource(
  source: ByteSource,
  file: string,
  streamEntry: EntryStreamer,
  onProgress?: (progress: StreamProgress) => void,
  options: StreamReadOptions = {}
): Promise<ReadBook> {
  return asReadProblem(file, async () => {
    const layout: ZipLayout = await classifyWorkbook(source, file, options.zipLimits ?? {});
    const pkg = openPackage(source, layout, file, streamEntry);
    const book = await readPackageSheets(pkg, onProgress, options);
    return { ...book, kind: await workbookKindOfPackage(pkg) };
  });
}
