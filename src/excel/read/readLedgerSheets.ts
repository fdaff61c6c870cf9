import { officeHostError } from "../officeErrors";
import { mergedAreasSupported } from "../requirements";
import type { SheetExtent } from "./blockPlan";
import { throwIfCancelled } from "./cancellation";
import { queueDateSystemProbe, type DateSystem } from "./dateSystem";
import { ledgerColumns } from "./ledgerColumns";
import { readMerges } from "./readMerges";
import { readValues, type ReadRect } from "./readValues";
import { cellAddress, columnLetter, type SheetInput, HEADER_SCAN_ROWS } from "../../engine";

export interface ReadOptions {
  /** Cells per request; a request that still passes Excel's payload limit is halved. */
  maxCellsPerBlock?: number;
  /** Cancels between syncs with CheckCancelledError. */
  signal?: AbortSignal;
  /** Cells read so far, of all cells of the ledgers. */
  onProgress?: (done: number, total: number) => void;
}

/** Something on a ledger sheet that was not read, for the pane to name. */
export interface SkippedArea {
  sheet: string;
  /** "J:XFD": columns right of the ledger that hold values; null when none. */
  columns: string | null;
  /** Rows whose merged cells could not be read (more merges than Excel reports at once). */
  mergeRows: number[];
}

export interface ReadResult {
  /**
   * Every worksheet in tab order, as SheetInput: values exactly as Range.values gives them, except
   * that a 1904 workbook's dates come as 1900-system serials (dateSystem.ts).
   */
  sheets: SheetInput[];
  /** Sheets that are protected: marking must leave them alone. */
  protectedSheets: string[];
  /** What lies on ledger sheets outside what was read. */
  skipped: SkippedArea[];
}

/** About 1–2 MB of values per response: well under Excel on the web's 5 MB response limit. */
export const DEFAULT_MAX_CELLS_PER_BLOCK = 100_000;

/** Columns of the first rows read to find a sheet's header: far more than any ledger has. */
export const PROBE_COLUMNS = 256;

interface LocatedSheet {
  worksheet: Excel.Worksheet;
  name: string;
  /** Hidden or very hidden: the engine prefers a visible sheet among several for one ledger. */
  hidden: boolean;
  /** The used range (values only), or null for an empty sheet. */
  used: SheetExtent | null;
}

/**
 * Reads sheet names and protection and the date system, then each used range's position (two
 * syncs in all).
 */
async function locateSheets(context: Excel.RequestContext): Promise<{
  located: LocatedSheet[];
  protectedSheets: string[];
  dateSystem: DateSystem;
}> {
  // Worksheet.visibility (ExcelApi 1.1): the engine prefers a visible sheet among several for one
  // ledger. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
  const worksheets = context.workbook.worksheets.load(
    "items/name,items/visibility,items/protection/protected"
  );
  const dateSystem = queueDateSystemProbe(context);
  await context.sync();
  const used = worksheets.items.map((worksheet) =>
    worksheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount")
  );
  await context.sync();
  const protectedSheets = worksheets.items.filter((w) => w.protection.protected).map((w) => w.name);
  const located = worksheets.items.map((worksheet, i): LocatedSheet => {
    const range = used[i];
    return {
      worksheet,
      name: worksheet.name,
      hidden: worksheet.visibility === "Hidden" || worksheet.visibility === "VeryHidden",
      used:
        !range || range.isNullObject
          ? null
          : {
              rowIndex: range.rowIndex,
              columnIndex: range.columnIndex,
              rowCount: range.rowCount,
              columnCount: range.columnCount,
            },
    };
  });
  return { located, protectedSheets, dateSystem: dateSystem() };
}

/** A hidden sheet says so in its input; a visible one carries nothing extra. */
const hidden = (sheet: LocatedSheet): { hidden?: true } => (sheet.hidden ? { hidden: true } : {});

const rectOf = (sheet: LocatedSheet, extent: SheetExtent): ReadRect => ({
  worksheet: sheet.worksheet,
  sheet: sheet.name,
  ...extent,
});

/**
 * The last row (0-based) with a value in each ledger's columns: the used range of just those
 * columns (one sync for every sheet).
 */
async function ledgerBottoms(
  context: Excel.RequestContext,
  rects: readonly ReadRect[]
): Promise<number[]> {
  const used = rects.map((rect) =>
    rect.worksheet
      .getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,rowCount")
  );
  await context.sync();
  return used.map((range, i) =>
    range.isNullObject ? (rects[i]?.rowIndex ?? 0) : range.rowIndex + range.rowCount - 1
  );
}

/**
 * Reads what the check needs of every worksheet. First each sheet's first rows (the probe) tell
 * which sheets are ledgers and how many columns their tables span; then each ledger is read over
 * those columns only, down to the last row holding a value in them — so a stray value far out
 * (column XFD, row 1,000,000) costs nothing and is reported instead. Sheets that hold no ledger
 * keep just their first rows. Values come in blocks sized by cell count, one sync each, halved
 * when a response passes Excel's payload limit; merged areas come in requests of their own.
 */
export async function readLedgerSheets(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<ReadResult> {
  const { signal, onProgress } = options;
  const maxCellsPerBlock = options.maxCellsPerBlock ?? DEFAULT_MAX_CELLS_PER_BLOCK;
  throwIfCancelled(signal);
  let located: Awaited<ReturnType<typeof locateSheets>>;
  try {
    located = await locateSheets(context);
  } catch (error) {
    throw officeHostError(error, { "zh-CN": "读取工作表列表", "en-US": "listing the worksheets" });
  }
  const { protectedSheets, dateSystem } = located;
  const sheets = located.located;
  throwIfCancelled(signal);

  const withValues = sheets.filter(
    (s): s is LocatedSheet & { used: SheetExtent } => s.used !== null
  );
  const probeRects = withValues.map((sheet) =>
    rectOf(sheet, {
      ...sheet.used,
      rowCount: Math.min(sheet.used.rowCount, HEADER_SCAN_ROWS),
      columnCount: Math.min(sheet.used.columnCount, PROBE_COLUMNS),
    })
  );
  const probes = await readValues(context, probeRects, { maxCellsPerBlock, signal, dateSystem });
  const probeInputs = withValues.map((sheet, i): SheetInput => ({
    name: sheet.name,
    ...hidden(sheet),
    values: probes[i] ?? [],
    topLeft: cellAddress(sheet.used.rowIndex + 1, sheet.used.columnIndex),
  }));
  const widths = ledgerColumns(probeInputs);
  throwIfCancelled(signal);

  const ledgers = withValues.filter((sheet) => widths.has(sheet.name));
  const columnRects = ledgers.map((sheet) =>
    rectOf(sheet, {
      ...sheet.used,
      columnCount: Math.min(sheet.used.columnCount, widths.get(sheet.name) ?? 1),
    })
  );
  let bottoms: number[];
  try {
    bottoms = await ledgerBottoms(context, columnRects);
  } catch (error) {
    throw officeHostError(error, {
      "zh-CN": "确定台账范围",
      "en-US": "finding the ledgers' extent",
    });
  }
  const dataRects = columnRects.map((rect, i) => ({
    ...rect,
    rowCount: Math.max(1, (bottoms[i] ?? rect.rowIndex) - rect.rowIndex + 1),
  }));
  const data = await readValues(context, dataRects, {
    maxCellsPerBlock,
    signal,
    onProgress,
    dateSystem,
  });
  const merges = mergedAreasSupported() ? await readMerges(context, dataRects) : null;
  throwIfCancelled(signal);

  const skipped: SkippedArea[] = [];
  const inputs = sheets.map((sheet): SheetInput => {
    if (!sheet.used) {
      // As the .xlsx reader gives it, and as Excel's getUsedRange(true) does: A1, empty.
      return { name: sheet.name, values: [[""]], topLeft: "A1", ...hidden(sheet) };
    }
    const topLeft = cellAddress(sheet.used.rowIndex + 1, sheet.used.columnIndex);
    const index = ledgers.findIndex((l) => l.worksheet === sheet.worksheet);
    if (index < 0) {
      const probe = withValues.findIndex((s) => s.worksheet === sheet.worksheet);
      return { name: sheet.name, values: probes[probe] ?? [], topLeft, ...hidden(sheet) };
    }
    const rect = dataRects[index] as ReadRect;
    const input: SheetInput = {
      name: sheet.name,
      values: data[index] ?? [],
      topLeft,
      ...hidden(sheet),
    };
    const sheetMerges = merges?.merges[index] ?? [];
    if (sheetMerges.length > 0) input.merges = sheetMerges;
    const lastUsed = sheet.used.columnIndex + sheet.used.columnCount - 1;
    const lastRead = rect.columnIndex + rect.columnCount - 1;
    const mergeRows = merges?.unreadRows[index] ?? [];
    if (lastUsed > lastRead || mergeRows.length > 0) {
      skipped.push({
        sheet: sheet.name,
        columns:
          lastUsed > lastRead ? `${columnLetter(lastRead + 1)}:${columnLetter(lastUsed)}` : null,
        mergeRows,
      });
    }
    return input;
  });
  return { sheets: inputs, protectedSheets, skipped };
}
