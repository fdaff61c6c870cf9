import type { PrintSetup } from "../workbook/sheetModel";

/** Row 1 of every template sheet holds its title, merged across the columns. */
export const TEMPLATE_TITLE_ROW = 1;
/** The header row of the ledger tables (and the column captions of 单位信息). */
export const TEMPLATE_HEADER_ROW = 2;
/** The first row an officer fills in. */
export const TEMPLATE_FIRST_DATA_ROW = 3;
/**
 * The last row that carries number formats and validations. A year's dues of a large unit (the
 * 60-member sample already takes 666 rows; 400 members × 12 months) stays within it; rows below
 * still read, only without the help.
 */
export const TEMPLATE_LAST_FORMATTED_ROW = 5000;

/**
 * The font of the whole template, in both adapters. Named, because a font without a name renders in
 * the host's fallback (a serif in LibreOffice); 等线 11 pt is the default of Chinese Office and falls
 * back cleanly.
 */
export const TEMPLATE_FONT = { name: "等线", size: 11 } as const;

/** Height in points of row 1 (the title) of the ledger sheets and 单位信息. */
export const TEMPLATE_TITLE_HEIGHT = 28;
/** Height in points of 单位信息's caption row. */
export const TEMPLATE_CAPTION_HEIGHT = 20;

/** Page margins of every template sheet, in inches (0.4″ sides, 0.5″ top and bottom, 0.3″ header and footer). */
export const TEMPLATE_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.5,
  header: 0.3,
  footer: 0.3,
} as const;

/** The instructions sheet. Its name ends in 说明, so the reader never takes it for a ledger. */
export const INSTRUCTIONS_SHEET_NAME = "填表说明";

/** Heights in points for one and for each further line of 10–11 pt text. */
export const LINE_HEIGHT = 15;
export const ROW_PADDING = 5;

/** Full-width forms (CJK, Chinese punctuation) take two width units; Latin text about 0.9 each. */
const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function lineWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += FULL_WIDTH.test(ch) ? 2 : 0.9;
  return width;
}

/**
 * Lines a wrapped text takes in a column this many characters wide. Excel fits no row holding a
 * merged cell and LibreOffice fits none with a set height, so the template sets every height.
 */
export function wrappedLineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split("\n")
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(lineWidth(line) / usable)), 0);
}

export function rowHeight(lines: number): number {
  return Math.max(1, lines) * LINE_HEIGHT + ROW_PADDING;
}

/** A4 landscape, one page wide, with the title and header rows repeated on every page. */
export function printSetup(lastColumnLetter: string, titleRows: number): PrintSetup {
  return {
    paperSize: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    printArea: `A:${lastColumnLetter}`,
    printTitleRows: `1:${titleRows}`,
  };
}
