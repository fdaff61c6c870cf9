import { cellAddress, parseCellAddress } from "../../engine/cell/address";
import type { SheetInput } from "../../engine/cell/types";

import { isPayloadTooLarge, officeHostError } from "../officeErrors";
import { mergedAreasSupported } from "../requirements";
import { areasOfAddress } from "./areaList";
import {
  advance,
  nextRequest,
  type ReadPosition,
  type Segment,
  type SheetExtent,
} from "./blockPlan";
import { throwIfCancelled } from "./cancellation";
import { toCellRows } from "./cellValue";

export interface ReadOptions {
  /** Cells per request; a request that still passes Excel's payload limit is halved. */
  maxCellsPerBlock?: number;
  /** Cancels between syncs with CheckCancelledError. */
  signal?: AbortSignal;
  /** Cells read so far, of all cells in the used ranges. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  /** Every worksheet in tab order, as SheetInput (values exactly as Range.values gives them). */
  sheets: SheetInput[];
  /** Sheets that are protected: marking must leave them alone. */
  protectedSheets: string[];
}

/** About 1–2 MB of values per response: well under Excel on the web's 5 MB response limit. */
export const DEFAULT_MAX_CELLS_PER_BLOCK = 100_000;

interface SheetRead {
  worksheet: Excel.Worksheet;
  input: SheetInput;
  extent: SheetExtent | null;
}

/** Reads sheet names and protection, then each used range's position (two syncs in all). */
async function locateSheets(context: Excel.RequestContext): Promise<{
  reads: SheetRead[];
  protectedSheets: string[];
}> {
  // Worksheet.visibility (ExcelApi 1.1): the engine prefers a visible sheet among several for one
  // ledger. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
  const worksheets = context.workbook.worksheets.load(
    "items/name,items/visibility,items/protection/protected"
  );
  await context.sync();
  const used = worksheets.items.map((worksheet) =>
    worksheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount")
  );
  await context.sync();
  const protectedSheets = worksheets.items.filter((w) => w.protection.protected).map((w) => w.name);
  const reads = worksheets.items.map((worksheet, i): SheetRead => {
    const range = used[i];
    const hidden = worksheet.visibility === "Hidden" || worksheet.visibility === "VeryHidden";
    if (!range || range.isNullObject) {
      // As the .xlsx reader gives it, and as Excel's getUsedRange(true) does: A1, empty.
      return {
        worksheet,
        input: {
          name: worksheet.name,
          values: [[""]],
          topLeft: "A1",
          ...(hidden ? { hidden } : {}),
        },
        extent: null,
      };
    }
    const extent: SheetExtent = {
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    };
    return {
      worksheet,
      input: {
        name: worksheet.name,
        values: [],
        topLeft: cellAddress(extent.rowIndex + 1, extent.columnIndex),
        ...(hidden ? { hidden } : {}),
      },
      extent,
    };
  });
  return { reads, protectedSheets };
}

/** Merged areas in sheet order, top to bottom then left to right, as the .xlsx reader lists them. */
function sortedMerges(address: string): string[] {
  const key = (area: string) => parseCellAddress(area) ?? { row: 0, column: 0 };
  return areasOfAddress(address).sort(
    (a, b) => key(a).row - key(b).row || key(a).column - key(b).column
  );
}

interface QueuedSegment {
  segment: Segment;
  read: SheetRead;
  values: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/** Queues the loads of one request: each segment's values, and a sheet's merges with its first rows. */
function queueSegments(
  reads: readonly SheetRead[],
  segments: readonly Segment[],
  withMerges: boolean
): QueuedSegment[] {
  return segments.flatMap((segment) => {
    const read = reads[segment.sheet];
    const extent = read?.extent;
    if (!read || !extent) return [];
    const values = read.worksheet
      .getRangeByIndexes(
        extent.rowIndex + segment.firstRow,
        extent.columnIndex,
        segment.rowCount,
        extent.columnCount
      )
      .load("values");
    const merges =
      withMerges && segment.firstRow === 0
        ? read.worksheet
            .getRangeByIndexes(
              extent.rowIndex,
              extent.columnIndex,
              extent.rowCount,
              extent.columnCount
            )
            .getMergedAreasOrNullObject()
            .load("address")
        : null;
    return [{ segment, read, values, merges }];
  });
}

const segmentCells = (reads: readonly SheetRead[], segments: readonly Segment[]): number =>
  segments.reduce((sum, s) => sum + s.rowCount * (reads[s.sheet]?.extent?.columnCount ?? 0), 0);

function readError(error: unknown, reads: readonly SheetRead[], segments: readonly Segment[]) {
  const first = segments[0];
  const read = first ? reads[first.sheet] : undefined;
  const name = read?.input.name ?? "";
  const row = first && read?.extent ? read.extent.rowIndex + first.firstRow + 1 : 0;
  return officeHostError(error, {
    zh: `读取工作表“${name}”第 ${row} 行起的数据`,
    en: `reading sheet ${name} from row ${row}`,
  });
}

/**
 * Reads every worksheet's used range (values only) in blocks of whole rows sized by cell count, one
 * sync per block, halving a block that passes Excel's payload limit down to a single row.
 */
export async function readLedgerSheets(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<ReadResult> {
  const { signal, onProgress } = options;
  throwIfCancelled(signal);
  let located: Awaited<ReturnType<typeof locateSheets>>;
  try {
    located = await locateSheets(context);
  } catch (error) {
    throw officeHostError(error, { zh: "读取工作表列表", en: "listing the worksheets" });
  }
  const { reads, protectedSheets } = located;
  throwIfCancelled(signal);

  const extents = reads.map(
    (r) => r.extent ?? { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 1 }
  );
  const total = extents.reduce((sum, e) => sum + e.rowCount * e.columnCount, 0);
  const withMerges = mergedAreasSupported();
  let budget = Math.max(1, Math.floor(options.maxCellsPerBlock ?? DEFAULT_MAX_CELLS_PER_BLOCK));
  let position: ReadPosition = { sheet: 0, row: 0 };
  let done = 0;
  onProgress?.(done, total);

  for (;;) {
    const segments = nextRequest(extents, position, budget);
    if (segments.length === 0) break;
    const queued = queueSegments(reads, segments, withMerges);
    const cells = segmentCells(reads, segments);
    try {
      // One sync per block is the point: the blocks are what keeps each request under the limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const single = segments.length === 1 && segments[0]?.rowCount === 1;
      if (!isPayloadTooLarge(error) || single) throw readError(error, reads, segments);
      budget = Math.max(1, Math.floor(cells / 2));
      throwIfCancelled(signal);
      continue;
    }
    for (const { read, values, merges } of queued) {
      read.input.values.push(...toCellRows(values.values));
      if (merges && !merges.isNullObject) {
        const areas = sortedMerges(merges.address);
        if (areas.length > 0) read.input.merges = areas;
      }
    }
    position = advance(position, segments);
    done += cells;
    onProgress?.(done, total);
    throwIfCancelled(signal);
  }
  return { sheets: reads.map((r) => r.input), protectedSheets };
}
