import { type NoteBox } from "../../engine";

/**
 * Where a note's box sits and how big it is, as the legacy VML drawing says it: `<x:Anchor>` counts
 * whole columns and rows plus pixel offsets (the box is drawn by it in Excel), and the shape's
 * style gives the same size in points (which LibreOffice reads). So the box's corners are found by
 * walking the sheet's own column widths and row height.
 */

/** A sheet's columns and rows as far as the box needs them, in pixels at 96 dpi. */
export interface SheetGrid {
  /** 1-based column → pixels. */
  columnPixels(column: number): number;
  rowPixels(): number;
}

/** Excel's pixels for a width in characters of an 11-point Calibri (a 7-pixel digit). */
export function widthPixels(characters: number): number {
  return Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The grid from the part's text before its cells: `<cols>` and `<sheetFormatPr>` (both come before
 * `<sheetData>` in every worksheet).
 */
export function sheetGrid(headText: string): SheetGrid {
  const format = /<(?:\w+:)?sheetFormatPr\b[^>]*>/.exec(headText)?.[0] ?? "";
  const defaultWidth = Number(attribute(format, "defaultColWidth"));
  const baseWidth = Number(attribute(format, "baseColWidth") ?? 8);
  const defaultPixels = Number.isFinite(defaultWidth)
    ? widthPixels(defaultWidth)
    : Math.trunc((Number.isFinite(baseWidth) ? baseWidth : 8) * 7 + 8);
  const rowPoints = Number(attribute(format, "defaultRowHeight") ?? 15);
  const rowPixels = Math.round(
    (Number.isFinite(rowPoints) && rowPoints > 0 ? rowPoints : 15) * (4 / 3)
  );
  const columns: { min: number; max: number; pixels: number }[] = [];
  for (const match of headText.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const tag = match[0];
    const min = Number(attribute(tag, "min"));
    const max = Number(attribute(tag, "max"));
    const width = Number(attribute(tag, "width"));
    if (!Number.isInteger(min) || !Number.isInteger(max)) continue;
    const hidden = attribute(tag, "hidden") === "1" || attribute(tag, "hidden") === "true";
    columns.push({
      min,
      max,
      pixels: hidden ? 0 : Number.isFinite(width) ? widthPixels(width) : defaultPixels,
    });
  }
  return {
    columnPixels: (column) =>
      columns.find((c) => column >= c.min && column <= c.max)?.pixels ?? defaultPixels,
    rowPixels: () => rowPixels,
  };
}

/** Excel's own offsets of a new note: a column right of its cell, 15 px in, from 10 px into the row above. */
const LEFT_OFFSET = 15;
const TOP_OFFSET = 10;

/** "left column, offset, top row, offset, right column, offset, bottom row, offset" (0-based). */
export function noteAnchor(row: number, column: number, box: NoteBox, grid: SheetGrid): string {
  const width = Math.round(box.width * (4 / 3));
  const height = Math.round(box.height * (4 / 3));
  const left = column; // 0-based: the column right of the cell (1-based `column`)
  const top = Math.max(row - 2, 0);
  let right = left;
  let x = LEFT_OFFSET + width;
  // A column wider than what is left holds the box's edge; hidden (0-pixel) columns are passed.
  for (let guard = 0; guard < 16_384 && x > grid.columnPixels(right + 1); guard++) {
    x -= grid.columnPixels(right + 1);
    right++;
  }
  const rowHeight = Math.max(1, grid.rowPixels());
  const y = TOP_OFFSET + height;
  const bottom = top + Math.floor(y / rowHeight);
  return `${left}, ${LEFT_OFFSET}, ${top}, ${TOP_OFFSET}, ${right}, ${x}, ${bottom}, ${y % rowHeight}`;
}
