import type { SheetMarker } from "./markers";

/**
 * A sheet as data — the 汇总表, the roll-up's sheets — and the styles, merges and page setup the
 * template's sheets share: both adapters (Office.js and ExcelJS) write exactly this, so a sheet looks
 * the same wherever it was made. Coordinates follow the engine's convention
 * (src/engine/cell/address.ts): rows are 1-based as Excel numbers them, columns 0-based (0 = "A").
 */

/** An RGB colour as Excel and ExcelJS both accept it: "#RRGGBB". */
export type HexColour = `#${string}`;

/** The named styles of the sheets the product writes (the 汇总表 and the roll-up's sheets). */
export const SHEET_STYLE_NAMES = [
  "title",
  "subtitle",
  "section",
  "header",
  "cell",
  "number",
  "percent",
  "link",
  "ok",
  "bad",
  "open",
  "error",
  "warning",
  "reminder",
  "unreadable",
  "note",
  "marker",
  "listTitle",
  "caption",
  "linkText",
  "signLabel",
  "signValue",
] as const;
export type SheetStyleName = (typeof SHEET_STYLE_NAMES)[number];

export interface FontStyle {
  bold?: boolean;
  /** Points. Absent: the workbook's default size. */
  size?: number;
  colour?: HexColour;
  underline?: boolean;
}

/** A named cell style. Applied to a merged cell, it covers the whole merged area (borders too). */
export interface CellStyle {
  font: FontStyle;
  fill?: HexColour;
  horizontal: "left" | "center" | "right";
  vertical: "top" | "center";
  wrap: boolean;
  /** Thin border on all four sides in this colour. */
  border?: HexColour;
}

/** A link to a ledger row; `address` is ready for an internal hyperlink ("'会议台账'!A5"). */
export interface RowLink {
  sheet: string;
  row: number;
  address: string;
}

export interface SheetCell {
  /** 1-based. */
  row: number;
  /** 0-based. */
  column: number;
  value: string | number;
  style: SheetStyleName;
  /** Excel number format, e.g. "0.0%". */
  numberFormat?: string;
  link?: RowLink;
}

/** A merged area; its value and style sit on the top-left cell. */
export interface MergeArea {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  /** "A1:Q1" */
  address: string;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "landscape";
  /** Fit to one page wide… */
  fitToPagesWide: 1;
  /** …and as many pages tall as needed (0 = automatic, as ExcelJS and Excel's dialog use it). */
  fitToPagesTall: 0;
  /** The content columns only, so the hidden marker column is never printed. */
  printArea: string;
  /** Rows repeated at the top of every printed page ("1:2"). */
  printTitleRows: string;
}

export interface SheetModel {
  name: string;
  /** The product's mark on the sheet (the summary's, or the roll-up's). */
  marker: SheetMarker;
  customProperty: { name: string; value: string };
  styles: Record<SheetStyleName, CellStyle>;
  /** Sorted by row, then column. */
  cells: SheetCell[];
  merges: MergeArea[];
  /** Widths in characters (Excel's column-width unit), index = 0-based column. */
  columnWidths: number[];
  hiddenColumns: number[];
  /**
   * Heights in points for rows whose wrapped text sits in merged cells: Excel does not fit such
   * rows to their text by itself. Other rows keep Excel's automatic height.
   */
  rowHeights: { row: number; height: number }[];
  /** Rows and columns frozen at the top and left. */
  freeze: { rows: number; columns: number };
  print: PrintSetup;
  /** A table with the AutoFilter on, its header row first ("A3:H40"); no merged cell lies in it. */
  autoFilter?: string;
  /**
   * Rows ("4:40") without merged cells, which a host that measures text (Excel) fits to their text
   * itself; `rowHeights` are the estimate for writers that cannot (a file written without Excel).
   */
  fitRows?: string;
  /**
   * Sheets written right after this one, in order, replaced and cleared with it: the 汇总表's
   * 问题清单. Their links may name each other by the models' names; a writer that has to give a
   * sheet another name (a user's sheet holds it) moves the links along (`renameSheetLinks`).
   */
  attachments?: SheetModel[];
}

/** The sheet and its attachments, in the order they are written. */
export function modelSheets(model: SheetModel): SheetModel[] {
  return [model, ...(model.attachments ?? [])];
}

/** The internal hyperlink address of a cell of a sheet; the sheet name is always quoted. */
export function sheetAddress(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * The models with every link to a renamed sheet pointing at its new name (`renames`: the model's
 * name → the name written), and the link's text naming it “so” named anew. Links to ledger sheets
 * are left as they are.
 */
export function renameSheetLinks(
  models: readonly SheetModel[],
  renames: ReadonlyMap<string, string>
): SheetModel[] {
  return models.map((model) => {
    const name = renames.get(model.name) ?? model.name;
    const cells = model.cells.map((cell) => {
      const to = cell.link ? renames.get(cell.link.sheet) : undefined;
      if (!cell.link || to === undefined || to === cell.link.sheet) return cell;
      const target = cell.link.address.slice(cell.link.address.lastIndexOf("!") + 1);
      const value =
        typeof cell.value === "string"
          ? cell.value.split(`“${cell.link.sheet}”`).join(`“${to}”`)
          : cell.value;
      return {
        ...cell,
        value,
        link: { ...cell.link, sheet: to, address: sheetAddress(to, target) },
      };
    });
    const renamed: SheetModel = { ...model, name, cells };
    delete renamed.attachments;
    return renamed;
  });
}
