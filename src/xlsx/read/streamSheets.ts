import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetInput } from "../../engine/cell/types";
import { DEFAULT_GRID_LIMITS, GridBuilder, type GridLimits } from "./gridBuilder";
import { parseMergeRange } from "./mergeArea";
import { XlsxReadError } from "./readError";
import { readProblem } from "./readMessages";
import { SheetXmlObserver } from "./sheetXmlObserver";
import { paddedZipStream } from "./paddedZipStream";
import { inspectWorkbookFile, type ZipLimits } from "./sniff";
import { streamCell } from "./streamCell";
import {
  decodeSharedStringsAsText,
  observeWorksheetXml,
  readerDate1904,
  sheetOrder,
  worksheetName,
} from "./streamReaderHooks";

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

/**
 * Reads every worksheet's grid with ExcelJS's streaming reader, never holding a whole
 * ExcelJS.Workbook: for `check --report-only` on large files. Gives the same SheetInputs as
 * readXlsxFile, merges included (taken from the sheet XML as it streams past).
 */
export async function streamXlsxSheets(
  path: string,
  onProgress?: (progress: StreamProgress) => void,
  options: StreamReadOptions = {}
): Promise<SheetInput[]> {
  const layout = await inspectWorkbookFile(path, options.zipLimits);
  const input = paddedZipStream(path, layout.centralDirectoryOffset);
  // A read error is not forwarded by pipe(); without this the reader would wait forever.
  const failed = new Promise<never>((_, reject) => input.once("error", reject));
  failed.catch(() => undefined);
  try {
    return await Promise.race([readAll(input, path, onProgress, options), failed]);
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw readProblem("corrupt", path, {}, error);
  } finally {
    input.destroy();
  }
}

async function readAll(
  input: Readable,
  file: string,
  onProgress: ((progress: StreamProgress) => void) | undefined,
  options: StreamReadOptions
): Promise<SheetInput[]> {
  const limits = { ...DEFAULT_GRID_LIMITS, ...options.gridLimits };
  const every = Math.max(1, options.progressEvery ?? 1000);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  decodeSharedStringsAsText(reader);
  const sheets: SheetInput[] = [];
  let fileOrder = 0;
  for await (const worksheet of reader) {
    fileOrder++;
    const name = worksheetName(worksheet) ?? `Sheet${fileOrder}`;
    const observer = new SheetXmlObserver();
    observeWorksheetXml(worksheet, observer);
    const grid = new GridBuilder(name, file, limits);
    let rows = 0;
    for await (const row of worksheet) {
      const date1904 = readerDate1904(reader);
      row.eachCell((cell, column) => {
        grid.add(
          row.number,
          column,
          streamCell(cell.value, cell.numFmt, observer.take(cell.address), date1904)
        );
      });
      rows++;
      if (rows % every === 0) onProgress?.({ sheet: name, rows });
    }
    for (const ref of observer.merges) {
      const area = parseMergeRange(ref);
      if (area) grid.addMerge(area);
    }
    onProgress?.({ sheet: name, rows });
    sheets.push(grid.build());
  }
  return inWorkbookOrder(sheets, sheetOrder(reader));
}

/** Zip order follows the sheet files' numbers; the workbook's tab order may differ. */
function inWorkbookOrder(sheets: SheetInput[], order: readonly string[]): SheetInput[] {
  const position = (name: string): number => {
    const at = order.indexOf(name);
    return at < 0 ? order.length : at;
  };
  return sheets
    .map((sheet, index) => ({ sheet, index }))
    .sort((a, b) => position(a.sheet.name) - position(b.sheet.name) || a.index - b.index)
    .map(({ sheet }) => sheet);
}
