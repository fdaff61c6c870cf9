import { TEMPLATE_FONT } from "../../xlsx/template/templateStyle";
import type { PrintMargins } from "../summary/pageLayout";
import type { StyleOptions } from "../summary/cellFormat";

/**
 * The measures src/xlsx/template uses, so a template inserted by the add-in matches the file the
 * command line hands out.
 */

/** Height in points of row 1 (the title) of every template sheet. */
export const TITLE_HEIGHT = 28;
/** Height in points of 单位信息's caption row. */
export const CAPTION_HEIGHT = 20;

/** Every template cell in 等线 11 pt (the default of Chinese Office), named so it never falls back. */
export const TEMPLATE_TEXT: StyleOptions = { fontName: TEMPLATE_FONT, defaultSize: 11 };

const INCH = 72;

/** The ExcelJS template's margins (0.4″ sides, 0.5″ top and bottom, 0.3″ header and footer) in points. */
export const TEMPLATE_MARGINS: PrintMargins = {
  left: 0.4 * INCH,
  right: 0.4 * INCH,
  top: 0.5 * INCH,
  bottom: 0.5 * INCH,
  header: 0.3 * INCH,
  footer: 0.3 * INCH,
};

export const TEMPLATE_PRINT = {
  printArea: false,
  centerHorizontally: true,
  margins: TEMPLATE_MARGINS,
} as const;
