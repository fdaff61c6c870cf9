import type { CellValue } from "../../engine/cell/types";
import { isPayloadTooLarge, officeHostError } from "../officeErrors";
import { advance, nextRequest, type ReadPosition, type SheetExtent } from "./blockPlan";
import { throwIfCancelled } from "./cancellation";
import { toCellRows } from "./cellValue";

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
}

/**
 * Reads the values of each rectangle in blocks of whole rows sized by cell count, one sync per
 * block (several small rectangles share one), halving a block that passes Excel's payload limit
 * down to a single row. Returns each rectangle's rows, exactly as Range.values gives them.
 */
export async function readValues(
  context: Excel.RequestContext,
  rects: readonly ReadRect[],
  options: ValueReadOptions
): Promise<CellValue[][][]> {
  const { signal, onProgress } = options;
  const rows: CellValue[][][] = rects.map(() => []);
  const total = rects.reduce((sum, r) => sum + r.rowCount * r.columnCount, 0);
  let budget = Math.max(1, Math.floor(options.maxCellsPerBlock));
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
        .load("values");
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
          zh: `读取工作表“${rect?.sheet ?? ""}”第 ${row} 行起的数据`,
          en: `reading sheet ${rect?.sheet ?? ""} from row ${row}`,
        });
      }
      budget = Math.max(1, Math.floor(cells / 2));
      throwIfCancelled(signal);
      continue;
    }
    for (const { index, range } of queued) rows[index]?.push(...toCellRows(range.values));
    position = advance(position, segments);
    done += cells;
    onProgress?.(done, total);
    throwIfCancelled(signal);
  }
  return rows;
}
