import { wrappedLines } from "../workbook/textLayout";
import { cellAddress } from "../cell/address";
import type { MergeArea, RowLink, SheetCell, SheetStyleName } from "../workbook/sheetModel";

/** Columns a value spans in the sheet's shared grid: [first, last], 0-based, both included. */
export type Span = readonly [number, number];

/** One value placed in a span. */
export interface Placed {
  value: string | number;
  style: SheetStyleName;
  numberFormat?: string;
  link?: RowLink;
  /** Rows the value covers downwards (header cells over two header rows). */
  rows?: number;
}

/** Line height in points for the default 10–11 pt font, with a little air. */
const LINE_HEIGHT = 15;
/**
 * Points added below a wrapped text: CJK fonts set lines a little taller than Latin ones, and
 * without it the last line of a three-line 问题说明 is clipped (seen in LibreOffice's rendering).
 */
const WRAPPED_AIR = 3;

/** Collects cells, merges and row heights as the layout writes rows top to bottom. */
export class Grid {
  readonly cells: SheetCell[] = [];
  readonly merges: MergeArea[] = [];
  readonly heights = new Map<number, number>();

  constructor(
    private readonly widths: readonly number[],
    private readonly wraps: (style: SheetStyleName) => boolean
  ) {}

  spanWidth([first, last]: Span): number {
    let width = 0;
    for (let c = first; c <= last; c++) width += this.widths[c] ?? 0;
    return width;
  }

  /** Writes one value over a span (and `rows` rows), merging when it covers more than one cell. */
  put(row: number, span: Span, placed: Placed): void {
    const [first, last] = span;
    const lastRow = row + (placed.rows ?? 1) - 1;
    const cell: SheetCell = { row, column: first, value: placed.value, style: placed.style };
    if (placed.numberFormat) cell.numberFormat = placed.numberFormat;
    if (placed.link) cell.link = placed.link;
    this.cells.push(cell);
    // The style covers the whole merged area, so the border is drawn around all of it.
    for (let r = row; r <= lastRow; r++) {
      for (let c = first; c <= last; c++) {
        if (r !== row || c !== first)
          this.cells.push({ row: r, column: c, value: "", style: placed.style });
      }
    }
    if (last > first || lastRow > row) {
      this.merges.push({
        firstRow: row,
        lastRow,
        firstColumn: first,
        lastColumn: last,
        address: `${cellAddress(row, first)}:${cellAddress(lastRow, last)}`,
      });
    }
    // Excel does not grow a row for wrapped text in a merged cell, and ExcelJS never measures
    // text at all: the layout sets the height of every row whose wrapped text needs more lines.
    if (lastRow === row && typeof placed.value === "string" && this.wraps(placed.style)) {
      this.fitHeight(row, wrappedLines(placed.value, this.spanWidth(span)));
    }
  }

  /** Sets a row's height outright (the title row). */
  setHeight(row: number, height: number): void {
    this.heights.set(row, height);
  }

  /** Makes a row at least this tall (room to sign or seal), taller if its text needs it. */
  atLeast(row: number, height: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }

  /** Writes a table row: one value per span. */
  putRow(row: number, spans: readonly Span[], values: readonly Placed[]): void {
    spans.forEach((span, i) => {
      const placed = values[i];
      if (placed) this.put(row, span, placed);
    });
  }

  private fitHeight(row: number, lines: number): void {
    if (lines <= 1) return;
    const height = lines * LINE_HEIGHT + WRAPPED_AIR;
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }
}
