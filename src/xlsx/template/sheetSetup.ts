import type ExcelJS from "exceljs";
import { TEMPLATE_MARGINS } from "../../engine/template";
import type { PrintSetup } from "../../engine/workbook";

/** ExcelJS's paper size for A4 (the OOXML code). */
const A4 = 9;

/** A4 landscape, one page wide, title rows repeated on every page, centred. */
export function applyPrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: print.fitToPagesTall,
    horizontalCentered: true,
    printTitlesRow: print.printTitleRows,
    margins: { ...TEMPLATE_MARGINS },
  };
}

/** The first `rows` rows (title and header) stay in view while the data scrolls. */
export function freezeRows(worksheet: ExcelJS.Worksheet, rows: number): void {
  worksheet.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: rows,
      topLeftCell: `A${rows + 1}`,
      activeCell: `A${rows + 1}`,
    },
  ];
}
