import { applyCellStyle, STYLE_OPERATIONS, type StyleOptions } from "./cellFormat";
import { consecutiveGroups, rectAddress, type Rect, rectanglesByKey } from "./rectangles";
import { OPERATION_OVERHEAD, payloadSize, type RequestBudget } from "./requestBudget";
import { cellAddress, chunkAddresses } from "../../engine";
import type { CellStyle } from "../../engine/workbook";

/**
 * Cells with values and named styles, written in rectangles: the shared core of the summary, roll-up
 * and template writers. Rows are 1-based, columns 0-based.
 */
export interface GridCell<S extends string> {
  row: number;
  column: number;
  value: string | number;
  style: S;
  /** For numbers and empty cells; text is always written as text. */
  numberFormat?: string;
}

/** Text stays text: Excel parses a string written to a General cell as if typed ("=…", "2024-03", "50%"). */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** A block of values is cut when its estimated request size passes this. */
const VALUE_BLOCK_BYTES = 500_000;

type Written = string | number;

function content<S extends string>(
  cell: GridCell<S> | undefined
): { value: Written; format: string } {
  if (!cell) return { value: "", format: GENERAL_FORMAT };
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
    return { value: cell.value, format: cell.numberFormat ?? GENERAL_FORMAT };
  }
  // An empty cell keeps the format it is given: what the officer types later is read with it.
  if (cell.value === "" && cell.numberFormat !== undefined) {
    return { value: "", format: cell.numberFormat };
  }
  // A number Excel cannot store (NaN, ±Infinity) goes in as its text rather than failing the batch.
  return { value: String(cell.value), format: TEXT_FORMAT };
}

/** Runs of adjacent used columns: the summary's A–Q, and its hidden marker column Z on its own. */
function columnRuns(cells: readonly { column: number }[]): { first: number; last: number }[] {
  const columns = [...new Set(cells.map((c) => c.column))].map((index) => ({ index, value: 0 }));
  return consecutiveGroups(columns).map(({ first, last }) => ({ first, last }));
}

interface Block {
  firstRow: number;
  values: Written[][];
  formats: string[][];
  bytes: number;
}

/**
 * Values and number formats, one rectangle per run of columns, cut into blocks of rows by request
 * size. The number format goes first in each block so text is stored as text when values arrive.
 */
export async function writeGridValues<S extends string>(
  worksheet: Excel.Worksheet,
  cells: readonly GridCell<S>[],
  budget: RequestBudget
): Promise<void> {
  const byPosition = new Map(cells.map((c) => [cellAddress(c.row, c.column), c]));
  for (const run of columnRuns(cells)) {
    const rows = cells.filter((c) => c.column >= run.first && c.column <= run.last);
    const firstRow = Math.min(...rows.map((c) => c.row));
    const lastRow = Math.max(...rows.map((c) => c.row));
    let block: Block = { firstRow, values: [], formats: [], bytes: 0 };
    const send = async (): Promise<void> => {
      if (block.values.length === 0) return;
      const rect: Rect = {
        firstRow: block.firstRow,
        lastRow: block.firstRow + block.values.length - 1,
        firstColumn: run.first,
        lastColumn: run.last,
      };
      await budget.reserve(block.bytes + 2 * OPERATION_OVERHEAD, 2);
      const range = worksheet.getRange(rectAddress(rect));
      range.numberFormat = block.formats;
      range.values = block.values;
    };
    for (let row = firstRow; row <= lastRow; row++) {
      const values: Written[] = [];
      const formats: string[] = [];
      for (let column = run.first; column <= run.last; column++) {
        const { value, format } = content(byPosition.get(cellAddress(row, column)));
        values.push(value);
        formats.push(format);
      }
      const bytes = payloadSize(values) + payloadSize(formats) - 2 * OPERATION_OVERHEAD;
      if (block.values.length > 0 && block.bytes + bytes > VALUE_BLOCK_BYTES) {
        await send();
        block = { firstRow: row, values: [], formats: [], bytes: 0 };
      }
      block.values.push(values);
      block.formats.push(formats);
      block.bytes += bytes;
    }
    await send();
  }
}

/**
 * Each named style once per set of areas (RangeAreas from worksheet.getRanges), in address strings
 * under 8,192 characters. Cells in `noWrapColumns` never wrap (text in a hidden column would grow
 * its row for nothing).
 */
export async function writeGridStyles<S extends string>(
  worksheet: Excel.Worksheet,
  cells: readonly GridCell<S>[],
  styles: Readonly<Record<S, CellStyle>>,
  budget: RequestBudget,
  options: { noWrapColumns?: readonly number[]; style?: StyleOptions } = {}
): Promise<void> {
  const noWrap = new Set(options.noWrapColumns ?? []);
  const looks = new Map<string, { style: S; noWrap: boolean }>();
  const keyOf = (cell: GridCell<S>): string => {
    const flat = noWrap.has(cell.column);
    const key = `${cell.style}${flat ? "\u0000flat" : ""}`;
    looks.set(key, { style: cell.style, noWrap: flat });
    return key;
  };
  for (const [key, rects] of rectanglesByKey(cells, keyOf)) {
    const look = looks.get(key);
    if (!look) continue;
    for (const chunk of chunkAddresses(rects.map(rectAddress))) {
      await budget.reserve(
        payloadSize(chunk) + STYLE_OPERATIONS * OPERATION_OVERHEAD,
        STYLE_OPERATIONS
      );
      applyCellStyle(worksheet.getRanges(chunk).format, styles[look.style], {
        ...options.style,
        noWrap: look.noWrap,
      });
    }
  }
}
