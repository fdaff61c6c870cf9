import { isPayloadTooLarge, officeHostError } from "../officeErrors";
import { advance, nextRequest, type ReadPosition, type SheetExtent } from "./blockPlan";
import { throwIfCancelled } from "./cancellation";
import { toCellRows } from "./cellValue";
import { toSystem1900, type DateSystem } from "./dateSystem";
import type { CellValue } from "../../engine";

/** A rectangle of one worksheet to read, 0-based as getRangeByIndexes takes it. */
export interface ReadRect extends SheetExtent {
  worksheet: Excel.Worksheet;
  /** The sheet's name, for error messages. */
  sheet: string;
}

export interface ValueReadOptions {
  /** Cells per request; a request that still passes Excel's payload limit is halved. */
  maxCellsPerBlock: number;
  signal?: AbortSignal;
  /** Cells read so far of all cells in the rectangles. */
  onProgress?: (done: number, total: number) => void;
  /** "1904": number formats are read too, and dates moved to the 1900 system (dateSystem.ts). */
  dateSystem?: DateSystem;
}

/**
 * Reads the values of each rectangle in blocks of whole rows sized by cell count, one sync per
 * block (several small rectangles share one), halving a block that passes Excel's payload limit
 * down to a single row. Returns each rectangle's rows, exactly as Range.values gives them — but
 * in a 1904 workbook with its dates as 1900-system serials, the engine's.
 */
export async function readValues(
  context: Excel.RequestContext,
  rects: readonly ReadRect[],
  options: ValueReadOptions
): Promise<CellValue[][][]> {
  const { signal, onProgress } = options;
  const rows: CellValue[][][] = rects.map(() => []);
  const total = rects.reduce((sum, r) => sum + r.rowCount * r.columnCount, 0);
  const with1904 = options.dateSystem === "1904";
  // A 1904 workbook's blocks carry each cell's number format too: half the cells per response.
  let budget = Math.max(1, Math.floor(options.maxCellsPerBlock / (with1904 ? 2 : 1)));
  let position: ReadPosition = { sheet: 0, row: 0 };
  let done = 0;
  onProgress?.(done, total);
  for (;;) {
    const segments = nextRequest(rects, position, budget);
    if (segments.length === 0) break;
    const queued = segments.flatMap((segment) => {
      const rect = rects[segment.sheet];
      if (!rect) return [];
      const range = rect.worksheet
        .getRangeByIndexes(
          rect.rowIndex + segment.firstRow,
          rect.columnIndex,
          segment.rowCount,
          rect.columnCount
        )
        .load(with1904 ? "values,numberFormat" : "values");
      return [{ index: segment.sheet, range }];
    });
    const cells = segments.reduce(
      (sum, s) => sum + s.rowCount * (rects[s.sheet]?.columnCount ?? 0),
      0
    );
    try {
      // One sync per block is the point: the blocks are what keeps each request under the limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const single = segments.length === 1 && segments[0]?.rowCount === 1;
      if (!isPayloadTooLarge(error) || single) {
        const first = segments[0];
        const rect = first ? rects[first.sheet] : undefined;
        const row = first && rect ? rect.rowIndex + first.firstRow + 1 : 0;
        throw officeHostError(error, {
          "zh-CN": `读取工作表“${rect?.sheet ?? ""}”第 ${row} 行起的数据`,
          "en-US": `reading sheet ${rect?.sheet ?? ""} from row ${row}`,
        });
      }
      budget = Math.max(1, Math.floor(cells / 2));
      throwIfCancelled(signal);
      continue;
    }
    for (const { index, range } of queued) {
      const values = toCellRows(range.values);
      rows[index]?.push(...(with1904 ? toSystem1900(values, range.numberFormat) : values));
    }
    position = advance(position, segments);
    done += cells;
    onProgress?.(done, total);
    throwIfCancelled(signal);
  }
  return rows;
}
