import { classifyOfficeError, officeHostError } from "../officeErrors";
import { areasOfAddress } from "./areaList";
import type { ReadRect } from "./readValues";
import { parseCellAddress } from "../../engine";

/**
 * The merged areas of rectangles, read with Range.getMergedAreasOrNullObject (ExcelApi 1.13, used
 * only where mergedAreasSupported() says yes). Microsoft documents that "if the merged areas count
 * in this range is more than 512, then this method will fail to return the result"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 * and printed ledgers often merge a cell per row. So merges are read in their own requests (a
 * failure never costs the values), all rectangles at once, and when a request fails every slice
 * of it is halved by rows and asked again — until the slices fit, or a single row still fails, whose
 * merges are then left out and reported.
 *
 * Each area is read as `areas/items/address` rather than the RangeAreas' address: Excel has been
 * reported to give only a merge's top-left cell in the joined address
 * (https://github.com/OfficeDev/office-js/issues/1590), and a slice may or may not list a merge
 * that starts above it (issue 3611), so areas are collected without repeats.
 */

export interface MergeRead {
  /** Merged areas per rectangle ("A4:A6"), top to bottom then left to right. */
  merges: string[][];
  /** Rows (1-based, per rectangle) whose merges could not be read. */
  unreadRows: number[][];
}

interface Slice {
  rect: number;
  /** 0-based offset within the rectangle and row count. */
  firstRow: number;
  rowCount: number;
}

/** Merged areas in sheet order, top to bottom then left to right, as the .xlsx reader lists them. */
function sortedAreas(areas: Iterable<string>): string[] {
  const key = (area: string) => parseCellAddress(area) ?? { row: 0, column: 0 };
  return [...areas].sort((a, b) => key(a).row - key(b).row || key(a).column - key(b).column);
}

function halves(slice: Slice): Slice[] {
  if (slice.rowCount <= 1) return [slice];
  const first = Math.ceil(slice.rowCount / 2);
  return [
    { ...slice, rowCount: first },
    { ...slice, firstRow: slice.firstRow + first, rowCount: slice.rowCount - first },
  ];
}

export async function readMerges(
  context: Excel.RequestContext,
  rects: readonly ReadRect[]
): Promise<MergeRead> {
  const found = rects.map(() => new Set<string>());
  const unreadRows: number[][] = rects.map(() => []);
  let pending: Slice[] = rects.flatMap((rect, index) =>
    rect.rowCount > 0 && rect.columnCount > 0
      ? [{ rect: index, firstRow: 0, rowCount: rect.rowCount }]
      : []
  );
  while (pending.length > 0) {
    const queued = pending.map((slice) => {
      const rect = rects[slice.rect] as ReadRect;
      const areas = rect.worksheet
        .getRangeByIndexes(
          rect.rowIndex + slice.firstRow,
          rect.columnIndex,
          slice.rowCount,
          rect.columnCount
        )
        .getMergedAreasOrNullObject()
        .load("areas/items/address");
      return { slice, areas };
    });
    try {
      // Each round is one request; a failed round is asked again in smaller slices.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (classifyOfficeError(error) === "not-found") {
        const rect = rects[pending[0]?.rect ?? 0];
        throw officeHostError(error, {
          "zh-CN": `读取工作表“${rect?.sheet ?? ""}”的合并单元格`,
          "en-US": `reading the merged cells of sheet ${rect?.sheet ?? ""}`,
        });
      }
      if (pending.every((slice) => slice.rowCount <= 1)) {
        if (pending.length === 1) {
          const [slice] = pending as [Slice];
          const rect = rects[slice.rect] as ReadRect;
          unreadRows[slice.rect]?.push(rect.rowIndex + slice.firstRow + 1);
          pending = [];
        } else {
          // Single rows asked together: ask each on its own to find the one that fails.
          pending = await readOneByOne(context, rects, pending, found, unreadRows);
        }
        continue;
      }
      pending = pending.flatMap(halves);
      continue;
    }
    for (const { slice, areas } of queued) {
      if (areas.isNullObject) continue;
      for (const area of areas.areas.items) {
        for (const address of areasOfAddress(area.address)) found[slice.rect]?.add(address);
      }
    }
    pending = [];
  }
  return { merges: found.map(sortedAreas), unreadRows };
}

/** Reads single-row slices one request each; the rows that still fail are recorded. */
async function readOneByOne(
  context: Excel.RequestContext,
  rects: readonly ReadRect[],
  slices: readonly Slice[],
  found: Set<string>[],
  unreadRows: number[][]
): Promise<Slice[]> {
  for (const slice of slices) {
    const one = await readMerges(context, [
      {
        ...(rects[slice.rect] as ReadRect),
        rowIndex: (rects[slice.rect] as ReadRect).rowIndex + slice.firstRow,
        rowCount: 1,
      },
    ]);
    for (const area of one.merges[0] ?? []) found[slice.rect]?.add(area);
    unreadRows[slice.rect]?.push(...(one.unreadRows[0] ?? []));
  }
  return [];
}
