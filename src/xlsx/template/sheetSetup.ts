import type ExcelJS from "exceljs";
import type { PrintSetup } from "../../engine/summary/model";

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
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
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
