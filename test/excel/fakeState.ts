import { cellCount, formatArea, intersection, type Rect } from "./fakeAddress";
import { type CellValue } from "../../src/engine";

/**
 * The in-memory workbook behind the fake Excel: what Excel itself would hold. Tests seed it, the
 * fake's proxies read and change it at sync time, and tests inspect it afterwards.
 */

/** A conditional format as Excel keeps it: one rule over one or more areas. */
export interface FakeConditionalFormatState {
  id: string;
  /** Excel's ConditionalFormatType: "Custom" for a formula rule, "CellValue", "DataBar"… */
  type: string;
  areas: Rect[];
  /** The custom rule's formula ("=N(…)=0"); null for other types. */
  formula: string | null;
  fill: string | null;
  font: string | null;
}

/** A threaded comment (ExcelApi 1.10): its cell and its first entry's text. */
export interface FakeCommentState {
  /** The comment's cell, "B3". */
  address: string;
  content: string;
}

export interface FakeNoteState {
  /** The note's cell, "B3". */
  address: string;
  content: string;
  authorName: string;
  /** The box in points; Excel opens a note 108 × 59.25 (2.25 × 1.23 inches) whatever it holds. */
  width?: number;
  height?: number;
}

/**
 * What the writers (summary, template, roll-up) leave on a sheet beyond its values: kept apart from
 * the values so a ledger's layout staying empty proves no writer touched it.
 */
export interface FakeSheetLayout {
  /** Number formats written, by cell ("B3"). */
  numberFormats: Map<string, string>;
  /** Cells whose written text Excel would have parsed as a formula (not formatted as text "@"). */
  formulaCells: Set<string>;
  hyperlinks: Map<string, Record<string, unknown>>;
  /** Every format and validation property set, in order: "A1:Q1 font.bold true". */
  formatWrites: { address: string; property: string; value: unknown }[];
  /** Points, by 1-based column / row. */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  /** pageLayout properties, plus "printArea" and "printTitleRows". */
  page: Record<string, unknown>;
  /** The range the sheet's AutoFilter is on ("A3:H40"); a sheet has one at most. */
  autoFilter: string | null;
}

export function emptyLayout(): FakeSheetLayout {
  return {
    numberFormats: new Map(),
    formulaCells: new Set(),
    hyperlinks: new Map(),
    formatWrites: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    freeze: null,
    page: {},
    autoFilter: null,
  };
}

export interface FakeSheetState {
  id: string;
  name: string;
  protected: boolean;
  visible: boolean;
  /** rows[r - 1][c - 1]: a cell's value; holes and undefined are empty cells (""). */
  rows: (CellValue | undefined)[][];
  /** Merged areas. */
  merges: Rect[];
  /** In priority order: index 0 is the top priority. */
  formats: FakeConditionalFormatState[];
  notes: FakeNoteState[];
  /** Threaded comments; a cell holds either one of these or a note, never both. */
  comments: FakeCommentState[];
  layout: FakeSheetLayout;
}

export interface FakeWorkbookState {
  sheets: FakeSheetState[];
  /** Workbook structure protection: no sheet may be added, deleted, renamed or moved. */
  structureProtected: boolean;
  activeSheetId: string | null;
  /** The selection as "Sheet!A5:F5", after Range.select(). */
  selection: string | null;
  /** Workbook.onSelectionChanged handlers, called after each change of the selection. */
  selectionHandlers: Set<() => void>;
  /** The workbook counts dates from 1904-01-01 (Excel for Mac's old default), not from 1900. */
  date1904: boolean;
}

export function cellValue(sheet: FakeSheetState, row: number, column: number): CellValue {
  return sheet.rows[row - 1]?.[column - 1] ?? "";
}

const isEmpty = (value: CellValue | undefined): boolean => value === undefined || value === "";

/** The smallest rectangle of cells with values inside `within`; null when there is none. */
export function usedRect(sheet: FakeSheetState, within: Rect): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const lastRow = Math.min(within.bottom, sheet.rows.length);
  for (let r = within.top; r <= lastRow; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    const lastColumn = Math.min(within.right, row.length);
    for (let c = within.left; c <= lastColumn; c++) {
      if (isEmpty(row[c - 1])) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

/** Values of a rectangle, as Range.values gives them ("" for empty cells). */
export function valuesOf(sheet: FakeSheetState, rect: Rect): CellValue[][] {
  if (cellCount(rect) > 5_000_000) throw new Error("the fake refuses to materialise >5M cells");
  const values: CellValue[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cellValue(sheet, r, c));
    values.push(row);
  }
  return values;
}

export function setCell(sheet: FakeSheetState, row: number, column: number, value: CellValue) {
  const cells = (sheet.rows[row - 1] ??= []);
  cells[column - 1] = value;
}

/** Merged areas that overlap `rect`, as A1 addresses. */
export function mergesIn(sheet: FakeSheetState, rect: Rect): Rect[] {
  return sheet.merges.filter((m) => intersection(m, rect) !== null);
}

export const areaAddresses = (areas: readonly Rect[]): string[] => areas.map(formatArea);

/**
 * Sets the selection and, after the current task, calls the Workbook.onSelectionChanged handlers:
 * "Occurs when the selection in the document is changed" (ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-onselectionchanged-member),
 * whether the user or an add-in's Range.select() changed it. A handler reads the selection itself
 * (SelectionChangedEventArgs carries only the workbook).
 */
export function changeSelection(state: FakeWorkbookState, selection: string): void {
  state.selection = selection;
  setTimeout(() => {
    for (const handler of [...state.selectionHandlers]) handler();
  }, 0);
}
