import { streamZipEntry } from "./nodeEntryStream";
import {
  asReadProblem,
  readPackageSheets,
  type StreamedBook,
  type StreamProgress,
  type StreamReadOptions,
} from "./readBook";
import { DEFAULT_ZIP_LIMITS } from "./classify";
import { withWorkbookFile } from "./sniff";
import { openPackage } from "./xmlParts";
import { type SheetInput } from "../../engine";

export type {
  StreamedBook,
  StreamProgress,
  StreamReadOptions,
  UncalculatedSheet,
} from "./readBook";

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
export function streamXlsxBook(
  path: string,
  onProgress?: (progress: StreamProgress) => void,
  options: StreamReadOptions = {}
): Promise<StreamedBook> {
  const zipLimits = { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits };
  return asReadProblem(path, () =>
    withWorkbookFile(path, zipLimits, (source, layout) =>
      readPackageSheets(openPackage(source, layout, path, streamZipEntry), onProgress, options)
    )
  );
}
