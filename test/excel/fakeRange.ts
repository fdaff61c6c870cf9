import {
  BadAddressError,
  cellCount,
  formatArea,
  intersection,
  parseArea,
  parseAreas,
  sheetPrefix,
  type Rect,
} from "./fakeAddress";
import { FakeClientObject, FakeCollection, type FakeEnvironment } from "./fakeClientObject";
import { FakeConditionalFormatCollection } from "./fakeFormats";
import {
  cellKey,
  cellsOf,
  FakeDataValidation,
  FakeRangeFormat,
  recordCellWrite,
  type AreasTarget,
} from "./fakeLayout";
import { FakeOfficeError } from "./fakeRequest";
import { cellValue, mergesIn, setCell, usedRect, valuesOf, type FakeSheetState } from "./fakeState";
import { type CellValue } from "../../src/engine";

/** Ranges and RangeAreas of the fake Excel: addresses, values, used ranges, merges, selection. */

/** Range.getMergedAreasOrNullObject fails above this many merged areas (see the method). */
export const MAX_MERGED_AREAS = 512;

/** Excel parses text typed into a cell not formatted as text ("@"): these starts make a formula. */
const FORMULA_START = /^[=+\-@]/;

/** Writes a grid of values as Excel would store them, noting text that became a formula. */
function writeValues(sheet: FakeSheetState, rect: Rect, grid: CellValue[][], formulas: boolean) {
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      const key = cellKey(rect.top + r, rect.left + c);
      setCell(sheet, rect.top + r, rect.left + c, cell);
      const text = sheet.layout.numberFormats.get(key) === "@";
      const formula =
        typeof cell === "string" && (formulas ? cell.startsWith("=") : FORMULA_START.test(cell));
      if (formula && !text) sheet.layout.formulaCells.add(key);
      else sheet.layout.formulaCells.delete(key);
    })
  );
}

export interface RangeTarget {
  sheet: FakeSheetState;
  rect: Rect;
}

export type { AreasTarget };

/** Parses an address at run time; a bad one fails the sync as Excel's InvalidArgument. */
export function areaOrFail(address: string): Rect {
  try {
    return parseArea(address);
  } catch (error) {
    if (error instanceof BadAddressError) {
      throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
    }
    throw error;
  }
}

export function areasOrFail(address: string): Rect[] {
  try {
    return parseAreas(address);
  } catch (error) {
    if (error instanceof BadAddressError) {
      throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
    }
    throw error;
  }
}

function toGrid(value: unknown, rect: Rect): CellValue[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(value)) {
    const scalar = value as CellValue;
    return Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(scalar));
  }
  if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeOfficeError("InvalidArgument", "The number of rows or columns does not match.");
  }
  return value as CellValue[][];
}

/** The number format codes of a rectangle, as Range.numberFormat gives them. */
function numberFormatsOf(sheet: FakeSheetState, rect: Rect): string[][] {
  if (cellCount(rect) > 5_000_000) throw new Error("the fake refuses to materialise >5M cells");
  const formats: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      row.push(sheet.layout.numberFormats.get(cellKey(r, c)) ?? "General");
    }
    formats.push(row);
  }
  return formats;
}

const asAreas = (target: RangeTarget | null): AreasTarget | null =>
  target ? { sheet: target.sheet, areas: [target.rect] } : null;

export class FakeRange extends FakeClientObject<RangeTarget> {
  constructor(env: FakeEnvironment, resolver: () => RangeTarget | null) {
    super(env, resolver, "Range");
  }

  protected scalarNames(): readonly string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
      "values",
      "numberFormat",
    ];
  }

  protected readScalar({ sheet, rect }: RangeTarget, name: string): unknown {
    switch (name) {
      case "address":
        return `${sheetPrefix(sheet.name)}${formatArea(rect)}`;
      case "rowIndex":
        return rect.top - 1;
      case "columnIndex":
        return rect.left - 1;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return cellCount(rect);
      case "numberFormat":
        return numberFormatsOf(sheet, rect);
      default:
        return valuesOf(sheet, rect);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
  get values(): CellValue[][] {
    return this.loadedValue("values");
  }
  /** Each cell's number format code, "General" where none was set (Range.numberFormat). */
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  /** Writes values; recorded in stats.cellWrites (tests assert none lands on a ledger). */
  set values(value: unknown) {
    this.queue("set", ["values", value], () => {
      const { sheet, rect } = this.target();
      recordCellWrite(this.env, sheet, [rect], "values");
      writeValues(sheet, rect, toGrid(value, rect), false);
    });
  }
  set formulas(value: unknown) {
    this.queue("set", ["formulas", value], () => {
      const { sheet, rect } = this.target();
      recordCellWrite(this.env, sheet, [rect], "formulas");
      writeValues(sheet, rect, toGrid(value, rect), true);
    });
  }
  set numberFormat(value: unknown) {
    this.queue("set", ["numberFormat", value], () => {
      const { sheet, rect } = this.target();
      recordCellWrite(this.env, sheet, [rect], "numberFormat");
      toGrid(value, rect).forEach((row, r) =>
        row.forEach((format, c) =>
          sheet.layout.numberFormats.set(cellKey(rect.top + r, rect.left + c), String(format))
        )
      );
    });
  }

  /** An internal or external link; its text becomes the cell's value, as in Excel. */
  set hyperlink(value: Record<string, unknown>) {
    this.queue("set", ["hyperlink", value], () => {
      const { sheet, rect } = this.target();
      recordCellWrite(this.env, sheet, [rect], "hyperlink");
      sheet.layout.hyperlinks.set(cellKey(rect.top, rect.left), { ...value });
      if (typeof value.textToDisplay === "string") {
        setCell(sheet, rect.top, rect.left, value.textToDisplay);
      }
    });
  }

  set columnHidden(value: boolean) {
    this.queue("set", ["columnHidden", value], () => {
      const { sheet, rect } = this.target();
      recordCellWrite(this.env, sheet, [rect], "columnHidden");
      for (let c = rect.left; c <= rect.right; c++) {
        if (value) sheet.layout.hiddenColumns.add(c);
        else sheet.layout.hiddenColumns.delete(c);
      }
    });
  }

  /** As Excel refuses through the API: merging cells that hold values beyond the top-left one. */
  merge(across?: boolean): void {
    this.queue("merge", [across ?? false], () => {
      const { sheet, rect } = this.target();
      recordCellWrite(this.env, sheet, [rect], "merge");
      for (const { row, column } of cellsOf(rect)) {
        if (row === rect.top && column === rect.left) continue;
        if (cellValue(sheet, row, column) !== "") {
          throw new FakeOfficeError(
            "InvalidOperation",
            `Merging ${formatArea(rect)} would lose data.`
          );
        }
      }
      sheet.merges.push(rect);
    });
  }

  get dataValidation(): FakeDataValidation {
    return this.child(
      "dataValidation",
      () => new FakeDataValidation(this.env, () => asAreas(this.targetOrNull()))
    );
  }

  get format(): FakeRangeFormat {
    return this.child(
      "format",
      () => new FakeRangeFormat(this.env, () => asAreas(this.targetOrNull()))
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.env, () => asAreas(this.targetOrNull()))
    );
  }

  private derived(action: string, args: unknown[], make: (t: RangeTarget) => RangeTarget | null) {
    let result: RangeTarget | null = null;
    this.queue(action, args, () => {
      result = make(this.target());
    });
    return new FakeRange(this.env, () => result);
  }

  /** The used part of this range; a range without values gives a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived("getUsedRangeOrNullObject", [valuesOnly ?? false], ({ sheet, rect }) => {
      const used = usedRect(sheet, rect);
      return used ? { sheet, rect: used } : null;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", [row, column], ({ sheet, rect }) => {
      const cell = { top: rect.top + row, left: rect.left + column };
      return { sheet, rect: { ...cell, bottom: cell.top, right: cell.left } };
    });
  }

  /**
   * Merged areas overlapping this range (ExcelApi 1.13); a null object when there are none.
   * Microsoft: "Note that if the merged areas count in this range is more than 512, then this method
   * will fail to return the result"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
   * The documentation names no error code, so the fake fails the request with Excel's general one;
   * the adapter must not rely on the code.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    let result: AreasTarget | null = null;
    this.queue("getMergedAreasOrNullObject", [], () => {
      this.requireApi(13);
      const { sheet, rect } = this.target();
      const merges = mergesIn(sheet, rect);
      if (merges.length > MAX_MERGED_AREAS) {
        throw new FakeOfficeError(
          "GeneralException",
          `The range holds ${merges.length} merged areas, more than ${MAX_MERGED_AREAS}.`
        );
      }
      result = merges.length > 0 ? { sheet, areas: merges } : null;
    });
    return new FakeRangeAreas(this.env, () => result);
  }

  /** Selects the range; Excel refuses to select on a sheet that is not the active one. */
  select(): void {
    this.queue("select", [], () => {
      const { sheet, rect } = this.target();
      if (this.env.state.activeSheetId !== sheet.id) {
        throw new FakeOfficeError("InvalidSelection", "The range is not on the active sheet.");
      }
      this.env.state.selection = `${sheetPrefix(sheet.name)}${formatArea(rect)}`;
    });
  }
}

export class FakeRangeCollection extends FakeCollection<AreasTarget, RangeTarget, FakeRange> {
  constructor(env: FakeEnvironment, resolver: () => AreasTarget | null) {
    super(env, resolver, "RangeCollection");
  }
  protected itemTargets({ sheet, areas }: AreasTarget): RangeTarget[] {
    return areas.map((rect) => ({ sheet, rect }));
  }
  protected makeItem(item: RangeTarget): FakeRange {
    return new FakeRange(this.env, () => item);
  }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(env: FakeEnvironment, resolver: () => AreasTarget | null) {
    super(env, resolver, "RangeAreas");
  }
  protected scalarNames(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }
  protected readScalar({ sheet, areas }: AreasTarget, name: string): unknown {
    if (name === "address")
      return areas.map((a) => `${sheetPrefix(sheet.name)}${formatArea(a)}`).join(",");
    if (name === "areaCount") return areas.length;
    return areas.reduce((sum, a) => sum + cellCount(a), 0);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "areas") return this.areas;
    if (name === "format") return this.format;
    return undefined;
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
  get areas(): FakeRangeCollection {
    return this.child("areas", () => new FakeRangeCollection(this.env, () => this.targetOrNull()));
  }
  get format(): FakeRangeFormat {
    return this.child("format", () => new FakeRangeFormat(this.env, () => this.targetOrNull()));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.env, () => this.targetOrNull())
    );
  }
}

/** Whether any area of `areas` overlaps `rect`. */
export const overlapsAny = (areas: readonly Rect[], rect: Rect): boolean =>
  areas.some((area) => intersection(area, rect) !== null);
