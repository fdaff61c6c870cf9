import {
  TEMPLATE_CAPTION_HEIGHT,
  TEMPLATE_FONT,
  TEMPLATE_MARGINS,
  TEMPLATE_TITLE_HEIGHT,
} from "../../engine/template";
import type { PrintMargins } from "../sheet/pageLayout";
import type { StyleOptions } from "../sheet/cellFormat";

/**
 * The template's measures (engine/template/layout.ts, which src/xlsx/template uses too) as Office.js
 * takes them, so a template inserted by the add-in matches the file the command line hands out.
 */

export const TITLE_HEIGHT = TEMPLATE_TITLE_HEIGHT;
export const CAPTION_HEIGHT = TEMPLATE_CAPTION_HEIGHT;

/** Every template cell in the template's font, named so it never falls back. */
export const TEMPLATE_TEXT: StyleOptions = {
  fontName: TEMPLATE_FONT.name,
  defaultSize: TEMPLATE_FONT.size,
};

/** Office.js sets margins in points. */
const INCH = 72;

export const TEMPLATE_MARGINS_IN_POINTS: PrintMargins = {
  left: TEMPLATE_MARGINS.left * INCH,
  right: TEMPLATE_MARGINS.right * INCH,
  top: TEMPLATE_MARGINS.top * INCH,
  bottom: TEMPLATE_MARGINS.bottom * INCH,
  header: TEMPLATE_MARGINS.header * INCH,
  footer: TEMPLATE_MARGINS.footer * INCH,
};

export const TEMPLATE_PRINT = {
  printArea: false,
  centerHorizontally: true,
  margins: TEMPLATE_MARGINS_IN_POINTS,
} as const;
