import { cellAddress } from "../cell/address";
import type { MergeArea, RowLink, SummaryCell, SummaryStyleName } from "./model";

/** Columns a value spans in the sheet's shared grid: [first, last], 0-based, both included. */
export type Span = readonly [number, number];

/** One value placed in a span. */
export interface Placed {
  value: string | number;
  style: SummaryStyleName;
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

/**
 * Characters a Chinese font draws two units wide: CJK and full-width forms, and the punctuation
 * Chinese text borrows from Latin ranges — “”‘’ quotes, the ellipsis …, the dash —, ×, · and ℃.
 */
const WIDE =
  /[\u00b7\u00d7\u2014\u2018\u2019\u201c\u201d\u2026\u2103\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * How many characters wide a text is in Excel's column-width unit: CJK and full-width forms take
 * two, everything else one.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Chinese punctuation a line may not begin with: it stays with the character before it. */
const NO_LINE_START = "，。、；：？！）》」』”’…·%";
/** …and may not end with: it goes down with the character after it. */
const NO_LINE_END = "（《「『“‘";

/**
 * The pieces a renderer wraps between: each wide character alone (with the punctuation that
 * clings to it), each space, and each run of other characters (a word, a number, a date such as
 * 2025-03-05), which wraps as a whole unless it is longer than a line.
 */
function pieces(line: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let pending = "";
  for (const ch of line) {
    const last = out[out.length - 1];
    if (ch === " ") {
      out.push({ text: ch, space: true });
    } else if (WIDE.test(ch)) {
      if (NO_LINE_START.includes(ch) && last && !last.space && pending === "") last.text += ch;
      else out.push({ text: pending + ch, space: false });
      pending = NO_LINE_END.includes(ch) ? (out.pop()?.text ?? "") : "";
    } else if (last && !last.space && !WIDE.test([...last.text].pop() ?? "") && pending === "") {
      last.text += ch;
    } else {
      out.push({ text: pending + ch, space: false });
      pending = "";
    }
  }
  if (pending !== "") out.push({ text: pending, space: false });
  return out;
}

/**
 * Lines a wrapped text takes in a cell this many characters wide, filled piece by piece as Excel
 * and LibreOffice fill them: a word or number that does not fit goes down whole, so the count is
 * what is drawn rather than the text's width divided by the cell's.
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  for (const line of text.split("\n")) {
    lines++;
    let used = 0;
    for (const piece of pieces(line)) {
      const w = textWidth(piece.text);
      if (used + w <= usable) used += w;
      else if (piece.space) {
        // A space at the end of a line is not carried to the next.
        lines++;
        used = 0;
      } else if (w <= usable) {
        lines++;
        used = w;
      } else {
        for (const ch of piece.text) {
          const cw = textWidth(ch);
          if (used + cw > usable && used > 0) {
            lines++;
            used = 0;
          }
          used += cw;
        }
      }
    }
  }
  return Math.max(1, lines);
}

/** Collects cells, merges and row heights as the layout writes rows top to bottom. */
export class Grid {
  readonly cells: SummaryCell[] = [];
  readonly merges: MergeArea[] = [];
  readonly heights = new Map<number, number>();

  constructor(
    private readonly widths: readonly number[],
    private readonly wraps: (style: SummaryStyleName) => boolean
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
    const cell: SummaryCell = { row, column: first, value: placed.value, style: placed.style };
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
