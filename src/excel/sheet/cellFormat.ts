import type { CellStyle } from "../../engine/workbook";

/** How a model's named style is drawn with Office.js; the same look the ExcelJS adapter gives. */

export interface StyleOptions {
  /** A font for every cell (the template names 等线, as its ExcelJS writer does). */
  fontName?: string;
  /** Points, for styles that leave the size to the workbook. */
  defaultSize?: number;
  /** Text in a hidden column must not wrap: Excel would grow the row for text nobody sees. */
  noWrap?: boolean;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center" } as const;

/** Thin borders on every edge of every cell: the outline and the lines inside. */
const BORDER_SIDES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/** Operations one call of applyCellStyle queues at most, for request budgeting. */
export const STYLE_OPERATIONS = 8 + BORDER_SIDES.length * 3;

/** Queues a named style onto a range's (or a set of areas') format. */
export function applyCellStyle(
  format: Excel.RangeFormat,
  style: CellStyle,
  options: StyleOptions = {}
): void {
  const font = format.font;
  if (options.fontName !== undefined) font.name = options.fontName;
  const size = style.font.size ?? options.defaultSize;
  if (size !== undefined) font.size = size;
  font.bold = style.font.bold === true;
  font.underline = style.font.underline === true ? "Single" : "None";
  if (style.font.colour !== undefined) font.color = style.font.colour;
  if (style.fill !== undefined) format.fill.color = style.fill;
  format.horizontalAlignment = HORIZONTAL[style.horizontal];
  format.verticalAlignment = VERTICAL[style.vertical];
  format.wrapText = style.wrap && options.noWrap !== true;
  const border = style.border;
  if (border === undefined) return;
  for (const side of BORDER_SIDES) {
    const edge = format.borders.getItem(side);
    edge.style = "Continuous";
    edge.weight = "Thin";
    edge.color = border;
  }
}

/**
 * Excel's column width unit (characters of the default font's widest digit) in points, which is
 * what Office.js's columnWidth takes. With the default 11 pt font the digit is 7 px wide and Excel
 * adds 5 px of padding; 96 px make 72 pt. So a model width means the same column in both adapters.
 */
export function columnWidthPoints(characters: number): number {
  if (!Number.isFinite(characters) || characters <= 0) return 0;
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel's largest row height in points; Office.js rejects a taller one. */
export const MAX_ROW_HEIGHT = 409;
