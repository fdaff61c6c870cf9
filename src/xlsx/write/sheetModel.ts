import type ExcelJS from "exceljs";
import { toExcelStyle } from "./cellStyle";
import { fitCellText } from "./cellText";
import { mergeDisjoint } from "./exceljsGuards";
import { hyperlinkFormula } from "./hyperlinkFormula";
import { cellAddress } from "../../engine";
import type { SheetModel, SheetCell } from "../../engine/workbook";

/** Every cell of a merged area except its top-left one: their value belongs to the top-left cell. */
function coveredCells(model: SheetModel): Set<string> {
  const covered = new Set<string>();
  for (const merge of model.merges) {
    for (let row = merge.firstRow; row <= merge.lastRow; row++) {
      for (let column = merge.firstColumn; column <= merge.lastColumn; column++) {
        if (row !== merge.firstRow || column !== merge.firstColumn) {
          covered.add(cellAddress(row, column));
        }
      }
    }
  }
  return covered;
}

/**
 * A model value as a cell value. Text is always a plain string (ExcelJS stores it as a shared
 * string), so ledger text such as "=SUM(A1)" or "+86-21…" stays text; only a link becomes a formula.
 */
function cellValue(cell: SheetCell): ExcelJS.CellValue {
  const value = typeof cell.value === "string" ? fitCellText(cell.value) : cell.value;
  if (cell.link) return { formula: hyperlinkFormula(cell.link, value), result: value };
  return value;
}

function writeCells(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  const covered = coveredCells(model);
  const hidden = new Set(model.hiddenColumns);
  // One style object per distinct look, shared by its cells as ExcelJS shares the styles it loads:
  // its writer recognises a style object it has seen, where a fresh object per cell made it
  // serialise every one of the summary's tens of thousands of cells to compare them.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const cell of model.cells) {
    const target = worksheet.getCell(cell.row, cell.column + 1);
    const address = cellAddress(cell.row, cell.column);
    if (!covered.has(address)) target.value = cellValue(cell);
    const inHidden = hidden.has(cell.column);
    const key = `${cell.style}\u0000${inHidden ? 1 : 0}\u0000${cell.numberFormat ?? ""}`;
    let style = styles.get(key);
    if (!style) {
      style = toExcelStyle(model.styles[cell.style]);
      // Wrapped text in a hidden column shows nowhere, yet Excel and LibreOffice grow the row to
      // fit it: the long data lines in the summary's hidden column stretched its title rows a page
      // tall.
      if (inHidden && style.alignment) style.alignment.wrapText = false;
      if (cell.numberFormat) style.numFmt = cell.numberFormat;
      styles.set(key, style);
    }
    target.style = style;
  }
}

/** Excel's largest row height in points; a file with a taller row needs repair in Excel. */
const MAX_ROW_HEIGHT = 409;

/** ExcelJS leaves out every column exactly this wide, which Excel then shows 8.43 wide. */
const EXCELJS_IMPLICIT_WIDTH = 9;

function writeLayout(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  worksheet.properties.defaultColWidth = EXCELJS_IMPLICIT_WIDTH;
  model.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const column of model.hiddenColumns) worksheet.getColumn(column + 1).hidden = true;
  for (const { row, height } of model.rowHeights) {
    worksheet.getRow(row).height = Math.min(height, MAX_ROW_HEIGHT);
  }
  const { rows, columns } = model.freeze;
  worksheet.views =
    rows > 0 || columns > 0
      ? [
          {
            state: "frozen",
            xSplit: columns,
            ySplit: rows,
            topLeftCell: cellAddress(rows + 1, columns),
          },
        ]
      : [];
}

/** Excel's paper-size code for A4 (ExcelJS declares the codes as an ambient const enum). */
const A4: ExcelJS.PaperSize = 9;

function writePrintSetup(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  const { print } = model;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: print.paperSize === "A4" ? A4 : undefined,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: print.fitToPagesTall,
    printArea: print.printArea,
    printTitlesRow: print.printTitleRows,
  };
}

/**
 * Writes a sheet model into an (empty) worksheet: values, named styles, number formats, internal
 * links, merges, column widths, hidden columns, row heights, frozen panes, print setup and the
 * AutoFilter.
 */
export function writeSheetModel(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  // Merge first: ExcelJS copies the top-left style over a merged area, and the cells' own styles
  // written afterwards then draw every border of the area.
  mergeDisjoint(worksheet, model.merges);
  writeCells(worksheet, model);
  writeLayout(worksheet, model);
  writePrintSetup(worksheet, model);
  if (model.autoFilter) worksheet.autoFilter = model.autoFilter;
}
