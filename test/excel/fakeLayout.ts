import { cellCount, formatArea, parseArea, type Rect } from "./fakeAddress";
import { FakeClientObject, type FakeEnvironment } from "./fakeClientObject";
import { FakeOfficeError } from "./fakeRequest";
import type { FakeSheetState } from "./fakeState";

/**
 * The writer surface of the fake Excel: cell formats, borders, data validation, widths and heights
 * as the summary, template and roll-up writers set them. Every write is refused on a protected
 * sheet, counted in stats.cellWrites (a ledger must never get one) and kept in the sheet's layout.
 */

export interface AreasTarget {
  sheet: FakeSheetState;
  areas: Rect[];
}

/** Every write to a ledger's cells is refused on a protected sheet, and recorded otherwise. */
export function recordCellWrite(
  env: FakeEnvironment,
  sheet: FakeSheetState,
  areas: readonly Rect[],
  property: string
): void {
  if (sheet.protected) {
    throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
  }
  env.request.stats.cellWrites.push({
    sheet: sheet.name,
    address: areas.map(formatArea).join(","),
    property,
  });
}

/** Each cell of a rectangle; a writer touching millions of cells one by one is a bug. */
export function* cellsOf(rect: Rect): Generator<{ row: number; column: number }> {
  if (cellCount(rect) > 2_000_000) {
    throw new Error(`the fake refuses to touch ${cellCount(rect)} cells one by one`);
  }
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) yield { row, column };
  }
}

export const cellKey = (row: number, column: number): string =>
  formatArea({ top: row, left: column, bottom: row, right: column });

/** Where a format property lands: widths and heights per column and row, the rest in the log. */
function storeFormat(target: AreasTarget, property: string, value: unknown): void {
  const { layout } = target.sheet;
  for (const rect of target.areas) {
    if (property === "columnWidth") {
      for (let c = rect.left; c <= rect.right; c++) layout.columnWidths.set(c, Number(value));
    } else if (property === "rowHeight") {
      for (let r = rect.top; r <= rect.bottom; r++) layout.rowHeights.set(r, Number(value));
    } else {
      layout.formatWrites.push({ address: formatArea(rect), property, value });
    }
  }
}

abstract class FakeWritable extends FakeClientObject<AreasTarget> {
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  /** Queues a write of `property` ("font.bold", "dataValidation.rule"…) to every area. */
  protected write(property: string, value: unknown, check?: () => void): void {
    this.queue("set", [property, value], () => {
      const target = this.target();
      check?.();
      recordCellWrite(this.env, target.sheet, target.areas, `format.${property}`);
      storeFormat(target, property, value);
    });
  }
}

/** A font, a fill or a border edge: the properties the writers set on each. */
export class FakeFormatPart extends FakeWritable {
  constructor(
    env: FakeEnvironment,
    resolver: () => AreasTarget | null,
    private readonly path: string
  ) {
    super(env, resolver, `RangeFormat.${path}`);
  }
  private set(property: string, value: unknown): void {
    this.write(`${this.path}.${property}`, value);
  }
  set color(value: string) {
    this.set("color", value);
  }
  set bold(value: boolean) {
    this.set("bold", value);
  }
  set italic(value: boolean) {
    this.set("italic", value);
  }
  set underline(value: string) {
    this.set("underline", value);
  }
  set name(value: string) {
    this.set("name", value);
  }
  set size(value: number) {
    this.set("size", value);
  }
  set style(value: string) {
    this.set("style", value);
  }
  set weight(value: string) {
    this.set("weight", value);
  }
}

export class FakeRangeFormat extends FakeWritable {
  constructor(env: FakeEnvironment, resolver: () => AreasTarget | null) {
    super(env, resolver, "RangeFormat");
  }
  private part(path: string): FakeFormatPart {
    return this.child(path, () => new FakeFormatPart(this.env, () => this.targetOrNull(), path));
  }
  get fill(): FakeFormatPart {
    return this.part("fill");
  }
  get font(): FakeFormatPart {
    return this.part("font");
  }
  get borders(): { getItem(side: string): FakeFormatPart } {
    return { getItem: (side) => this.part(`borders.${side}`) };
  }
  set horizontalAlignment(value: string) {
    this.write("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.write("verticalAlignment", value);
  }
  set wrapText(value: boolean) {
    this.write("wrapText", value);
  }
  set columnWidth(value: number) {
    this.write("columnWidth", value);
  }
  set rowHeight(value: number) {
    this.write("rowHeight", value);
  }
  /**
   * Excel fits the rows' heights to their text (ExcelApi 1.2: "Changes the height of the rows of
   * the current range to achieve the best fit, based on the current data in the columns",
   * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-autofitrows-member(1)).
   * The fake measures no text: it records that the rows were fitted.
   */
  autofitRows(): void {
    this.write("autofitRows", true);
  }
}

/** A range's data validation, as the template writer sets it on new sheets. */
export class FakeDataValidation extends FakeWritable {
  constructor(env: FakeEnvironment, resolver: () => AreasTarget | null) {
    super(env, resolver, "DataValidation");
  }
  set ignoreBlanks(value: boolean) {
    this.write("dataValidation.ignoreBlanks", value);
  }
  /**
   * A list's source may name cells of another sheet ("='支部信息'!$A$3:$A$1000"): Microsoft, "When
   * setting the value, it can be passed in as a Range object, or a string"
   * (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member),
   * and a reference must resolve in the workbook — Excel's own dialog refuses a list source it
   * cannot evaluate ("The Source currently evaluates to an error", "Apply data validation to
   * cells", support.microsoft.com). A source naming a sheet that does not exist when the request
   * runs fails it here with InvalidArgument (no code is documented; the adapter must not rely on it).
   */
  set rule(value: unknown) {
    this.write("dataValidation.rule", value, () => {
      const sheet = listSourceSheet(value);
      if (sheet === null) return;
      const wanted = sheet.toLocaleLowerCase();
      if (!this.env.state.sheets.some((s) => s.name.toLocaleLowerCase() === wanted)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The list source names the sheet '${sheet}', which does not exist.`
        );
      }
    });
  }
  set prompt(value: unknown) {
    this.write("dataValidation.prompt", value);
  }
  set errorAlert(value: unknown) {
    this.write("dataValidation.errorAlert", value);
  }
}

/** The sheet a list rule's source refers to ("='支部信息'!$A$3:$A$9" → 支部信息), or null. */
function listSourceSheet(rule: unknown): string | null {
  if (typeof rule !== "object" || rule === null || !("list" in rule)) return null;
  const list: unknown = rule.list;
  if (typeof list !== "object" || list === null || !("source" in list)) return null;
  const source: unknown = list.source;
  if (typeof source !== "string" || !source.startsWith("=")) return null;
  const quoted = /^='((?:[^']|'')+)'!/.exec(source);
  if (quoted) return (quoted[1] ?? "").replace(/''/g, "'");
  const bare = /^=([^!'=]+)!/.exec(source);
  return bare ? (bare[1] ?? null) : null;
}

/** Frozen rows and columns at the top left of a sheet. */
export class FakeFreezePanes extends FakeClientObject<FakeSheetState> {
  constructor(env: FakeEnvironment, resolver: () => FakeSheetState | null) {
    super(env, resolver, "WorksheetFreezePanes");
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  private freeze(rows: number, columns: number): void {
    this.queue("freeze", [rows, columns], () => {
      this.target().layout.freeze = { rows, columns };
    });
  }
  freezeRows(rows: number): void {
    this.freeze(rows, 0);
  }
  freezeColumns(columns: number): void {
    this.freeze(0, columns);
  }
  freezeAt(address: string): void {
    const rect = parseArea(address);
    this.freeze(rect.bottom, rect.right);
  }
}

/**
 * The sheet's AutoFilter (ExcelApi 1.9): `apply(range)` puts it on a range, given as a Range or an
 * address, and a sheet has one AutoFilter, so applying again moves it
 * (https://learn.microsoft.com/javascript/api/excel/excel.autofilter#excel-excel-autofilter-apply-member(1)).
 * Filter criteria are not modelled: the adapter applies none.
 */
export class FakeAutoFilter extends FakeClientObject<FakeSheetState> {
  constructor(env: FakeEnvironment, resolver: () => FakeSheetState | null) {
    super(env, resolver, "AutoFilter");
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  apply(range: string | { address?: string }): void {
    if (typeof range !== "string") {
      throw new Error("the fake's AutoFilter takes an address; pass the model's range");
    }
    this.queue("apply", [range], () => {
      this.requireApi(9);
      this.target().layout.autoFilter = formatArea(parseArea(range));
    });
  }
}

/** Print setup: every property set is kept as written, the print area and titles by name. */
export class FakePageLayout extends FakeClientObject<FakeSheetState> {
  constructor(env: FakeEnvironment, resolver: () => FakeSheetState | null) {
    super(env, resolver, "PageLayout");
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  private set(property: string, value: unknown): void {
    this.queue("set", [property, value], () => {
      this.target().layout.page[property] = value;
    });
  }
  setPrintArea(area: string): void {
    this.set("printArea", area);
  }
  setPrintTitleRows(rows: string): void {
    this.set("printTitleRows", rows);
  }
  set orientation(value: string) {
    this.set("orientation", value);
  }
  set paperSize(value: string) {
    this.set("paperSize", value);
  }
  set zoom(value: unknown) {
    this.set("zoom", value);
  }
  set centerHorizontally(value: boolean) {
    this.set("centerHorizontally", value);
  }
  set leftMargin(value: number) {
    this.set("leftMargin", value);
  }
  set rightMargin(value: number) {
    this.set("rightMargin", value);
  }
  set topMargin(value: number) {
    this.set("topMargin", value);
  }
  set bottomMargin(value: number) {
    this.set("bottomMargin", value);
  }
  set headerMargin(value: number) {
    this.set("headerMargin", value);
  }
  set footerMargin(value: number) {
    this.set("footerMargin", value);
  }
}
