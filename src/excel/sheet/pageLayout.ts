import type { PrintSetup } from "../../engine/workbook";

/** Margins in points (Office.js's unit). */
export interface PrintMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintOptions {
  /** Whether to set the model's print area (the summary does; the template, like its .xlsx, does not). */
  printArea: boolean;
  centerHorizontally?: boolean;
  margins?: PrintMargins;
}

/** "1:2" → "$1:$2": Excel keeps print titles as absolute rows. */
export function absoluteRows(rows: string): string {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(rows.trim());
  return match ? `$${match[1]}:$${match[2]}` : rows;
}

/** Operations applyPrintSetup queues at most, for request budgeting. */
export const PRINT_OPERATIONS = 12;

/**
 * A4, landscape, one page wide and as many tall as needed (0 pages tall = automatic, as in Excel's
 * own object model), title rows on every page. pageLayout needs ExcelApi 1.9, the manifest's minimum.
 */
export function applyPrintSetup(
  worksheet: Excel.Worksheet,
  print: PrintSetup,
  options: PrintOptions
): void {
  const layout = worksheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (print.paperSize === "A4") layout.paperSize = "A4";
  layout.zoom = {
    horizontalFitToPages: print.fitToPagesWide,
    verticalFitToPages: print.fitToPagesTall,
  };
  if (options.printArea) layout.setPrintArea(print.printArea);
  layout.setPrintTitleRows(absoluteRows(print.printTitleRows));
  if (options.centerHorizontally !== undefined) {
    layout.centerHorizontally = options.centerHorizontally;
  }
  const margins = options.margins;
  if (margins) {
    layout.leftMargin = margins.left;
    layout.rightMargin = margins.right;
    layout.topMargin = margins.top;
    layout.bottomMargin = margins.bottom;
    layout.headerMargin = margins.header;
    layout.footerMargin = margins.footer;
  }
}
