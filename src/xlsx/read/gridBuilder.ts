import type { PlainCell } from "./cellValue";
import { type MergeArea, mergeRange, overlaps } from "./mergeArea";
import { readProblem } from "./readMessages";
import { cellAddress, type CellValue, type SheetInput } from "../../engine";

export interface GridLimits {
  /**
   * Refuse a sheet whose used range (rows × columns) holds more cells than this (default 20
   * million): one stray value at XFD1048576 would otherwise ask for seventeen billion cells.
   */
  maxCells: number;
}

export const DEFAULT_GRID_LIMITS: GridLimits = { maxCells: 20_000_000 };

/**
 * Collects one worksheet's cells in any order and builds the SheetInput Excel's
 * `getUsedRange(true).values` would give: the smallest rectangle holding every cell with content,
 * "" for the empty cells inside it, and the merges that overlap it. An empty sheet gives [[""]] at
 * A1, as Excel does.
 */
export class GridBuilder {
  private readonly rows: (CellValue[] | undefined)[] = [];
  private readonly merges: MergeArea[] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = 0;
  private right = 0;

  constructor(
    private readonly name: string,
    private readonly file: string,
    private readonly limits: GridLimits = DEFAULT_GRID_LIMITS
  ) {}

  /** `row` and `column` are 1-based sheet coordinates. */
  add(row: number, column: number, cell: PlainCell): void {
    if (cell.hasContent) this.put(row, column, cell.value);
  }

  /**
   * A cell with content at 1-based `row` and `column`; its value may be "" (a formula never
   * calculated is in use all the same). Takes no cell object, for readers of very long sheets.
   */
  put(row: number, column: number, value: CellValue): void {
    if (!isPosition(row) || !isPosition(column)) return;
    if (value !== "") {
      const values = (this.rows[row] ??= []);
      values[column] = value;
    }
    this.top = Math.min(this.top, row);
    this.bottom = Math.max(this.bottom, row);
    this.left = Math.min(this.left, column);
    this.right = Math.max(this.right, column);
  }

  addMerge(area: MergeArea): void {
    this.merges.push(area);
  }

  build(): SheetInput {
    const used: MergeArea =
      this.bottom === 0
        ? { top: 1, left: 1, bottom: 1, right: 1 }
        : { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
    const height = used.bottom - used.top + 1;
    const width = used.right - used.left + 1;
    if (height * width > this.limits.maxCells) {
      throw readProblem("too-large", this.file, {
        sheet: this.name,
        sizeZh: `${mergeRange(used)}，${height} 行 × ${width} 列`,
        sizeEn: `${mergeRange(used)}, ${height} rows × ${width} columns`,
      });
    }
    const values: CellValue[][] = [];
    for (let r = used.top; r <= used.bottom; r++) {
      const source = this.rows[r];
      const row: CellValue[] = new Array<CellValue>(width).fill("");
      if (source) {
        for (let c = used.left; c <= used.right; c++) {
          const value = source[c];
          if (value !== undefined) row[c - used.left] = value;
        }
      }
      values.push(row);
    }
    const sheet: SheetInput = {
      name: this.name,
      values,
      topLeft: cellAddress(used.top, used.left - 1),
    };
    const merges = this.merges
      .filter((area) => overlaps(area, used))
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map(mergeRange);
    if (merges.length > 0) sheet.merges = merges;
    return sheet;
  }
}

const isPosition = (n: number): boolean => Number.isInteger(n) && n >= 1;
