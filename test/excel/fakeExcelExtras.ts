import { cellCount, formatArea, parseArea, parseAreas, type Rect } from "./fakeAddress";
import { FakeOfficeError, FakeRequest, type FakeLimits, type FakeStats } from "./fakeRequest";

/**
 * A second, separate capability of the fake Excel: the workbook-level writes the summary, roll-up
 * and template writers make (adding, deleting, renaming and moving sheets; number formats; named
 * styles and borders; merges; hyperlinks; widths, heights, hidden columns; frozen panes; page
 * layout; data validation; workbook structure protection). It shares the read/mark fake's request
 * accounting (FakeRequest: operations run only at sync(), every sync measured and refused above
 * payload limits) and its A1 address parsing, and keeps its own small model of what was written.
 *
 * Excel's typing rule matters here: a string written to a cell whose number format is not text
 * ("@") is parsed as if typed, so "=…", "+…", "-…" and "@…" become formulas. The fake records
 * such a cell as a formula, so a test can prove the writers never let text turn into one.
 */

export type WrittenValue = string | number | boolean;

export interface FakeCell {
  value: WrittenValue;
  numberFormat: string;
  /** Set when a string became a formula because its cell was not formatted as text. */
  formula: boolean;
  hyperlink: Record<string, unknown> | null;
  /** Formats by path: "font.bold", "fill.color", "borders.EdgeTop.style", "wrapText"… */
  format: Record<string, unknown>;
  validation: Record<string, unknown> | null;
}

export interface FakeBookSheet {
  id: string;
  name: string;
  visible: boolean;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  /** Points, by 1-based column. */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  /** Points, by 1-based row. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  /** pageLayout properties, plus "printArea" and "printTitleRows". */
  page: Record<string, unknown>;
  /** The AutoFilter's range; one per sheet (Excel.AutoFilter.apply, ExcelApi 1.9). */
  autoFilter: string | null;
}

export interface FakeBookState {
  sheets: FakeBookSheet[];
  structureProtected: boolean;
  activeSheetId: string | null;
}

export interface FakeBookSheetSpec {
  name: string;
  /** Values placed from A1. */
  values?: readonly (readonly WrittenValue[])[];
  visible?: boolean;
}

export interface FakeBook {
  context: Excel.RequestContext;
  state: FakeBookState;
  stats: FakeStats;
  /** The pending operations, for tests that count what one sync carries. */
  pending(): number;
  sheet(name: string): FakeBookSheet;
  cell(sheet: string, address: string): FakeCell | undefined;
  /** A sheet as plain JSON, for "left exactly as it was" comparisons. */
  snapshot(sheet: string): string;
}

const key = (row: number, column: number): string => `${row},${column}`;

function emptyCell(): FakeCell {
  return {
    value: "",
    numberFormat: "General",
    formula: false,
    hyperlink: null,
    format: {},
    validation: null,
  };
}

function cellAt(sheet: FakeBookSheet, row: number, column: number): FakeCell {
  const existing = sheet.cells.get(key(row, column));
  if (existing) return existing;
  const created = emptyCell();
  sheet.cells.set(key(row, column), created);
  return created;
}

function* cellsOf(rect: Rect): Generator<{ row: number; column: number }> {
  if (cellCount(rect) > 2_000_000) {
    throw new Error(`the fake refuses to touch ${cellCount(rect)} cells one by one`);
  }
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) yield { row, column };
  }
}

const FORMULA_START = /^[=+\-@]/;

function grid(value: unknown, rect: Rect, what: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (
    !Array.isArray(value) ||
    value.length !== rows ||
    value.some((row) => !Array.isArray(row) || row.length !== columns)
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `${what}: the number of rows or columns does not match.`
    );
  }
  return value;
}

function isWritten(value: unknown): value is WrittenValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

const INVALID_NAME = /[\\/?*[\]:]/;

interface Env {
  request: FakeRequest;
  state: FakeBookState;
  nextId: () => string;
}

function byName(state: FakeBookState, name: string): FakeBookSheet | null {
  const wanted = name.toLocaleLowerCase();
  return state.sheets.find((s) => s.name.toLocaleLowerCase() === wanted) ?? null;
}

function requireStructure(env: Env): void {
  if (env.state.structureProtected) {
    throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
  }
}

function checkName(env: Env, name: string, except: FakeBookSheet | null): void {
  if (name.length === 0 || name.length > 31 || INVALID_NAME.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid sheet name.`);
  }
  const other = byName(env.state, name);
  if (other && other !== except) {
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' exists.`);
  }
}

/** A proxy's target, resolved at sync time. */
type Resolve<T> = () => T;

interface AreasTarget {
  sheet: FakeBookSheet;
  areas: Rect[];
}

/** A format part (format, font, fill, a border): every property set is queued as one operation. */
function formatProxy(
  env: Env,
  target: Resolve<AreasTarget>,
  path: string
): Record<string, unknown> {
  const children = new Map<string, unknown>();
  const apply = (property: string, value: unknown): void => {
    env.request.enqueue({ a: "set", p: `${path}${property}`, v: value }, () => {
      const { sheet, areas } = target();
      for (const rect of areas) {
        if (path === "" && property === "columnWidth") {
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, Number(value));
        } else if (path === "" && property === "rowHeight") {
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, Number(value));
        } else {
          for (const { row, column } of cellsOf(rect)) {
            cellAt(sheet, row, column).format[`${path}${property}`] = value;
          }
        }
      }
    });
  };
  return new Proxy<Record<string, unknown>>(
    {},
    {
      get(_, property) {
        if (typeof property !== "string") return undefined;
        if (property === "font" || property === "fill") {
          if (!children.has(property)) {
            children.set(property, formatProxy(env, target, `${path}${property}.`));
          }
          return children.get(property);
        }
        if (property === "borders") {
          return {
            getItem: (side: string) => formatProxy(env, target, `${path}borders.${side}.`),
          };
        }
        // RangeFormat.autofitRows() (ExcelApi 1.2): Excel fits the rows to their text; recorded.
        if (path === "" && property === "autofitRows") return () => apply("autofitRows", true);
        return undefined;
      },
      set(_, property, value) {
        if (typeof property !== "string") return false;
        apply(property, value);
        return true;
      },
    }
  );
}

class FakeBookRange {
  private loadedValues: unknown[][] | null = null;

  constructor(
    private readonly env: Env,
    private readonly resolve: Resolve<{ sheet: FakeBookSheet; rect: Rect }>
  ) {}

  private queue(action: string, args: unknown, run: () => void): void {
    this.env.request.enqueue({ a: action, args }, run);
  }

  load(): this {
    this.queue("load", "values", () => {
      const { sheet, rect } = this.resolve();
      const rows: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) {
          row.push(sheet.cells.get(key(r, c))?.value ?? "");
        }
        rows.push(row);
      }
      this.loadedValues = rows;
    });
    return this;
  }

  get values(): unknown[][] {
    if (!this.loadedValues) throw new FakeOfficeError("PropertyNotLoaded", "values not loaded");
    return this.loadedValues;
  }

  set values(value: unknown) {
    this.queue("values", value, () => {
      const { sheet, rect } = this.resolve();
      const rows = grid(value, rect, "values");
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (!isWritten(v)) throw new FakeOfficeError("InvalidArgument", "Not a cell value.");
          const cell = cellAt(sheet, rect.top + r, rect.left + c);
          cell.value = v;
          cell.formula =
            typeof v === "string" && cell.numberFormat !== "@" && FORMULA_START.test(v);
        })
      );
    });
  }

  set numberFormat(value: unknown) {
    this.queue("numberFormat", value, () => {
      const { sheet, rect } = this.resolve();
      grid(value, rect, "numberFormat").forEach((row, r) =>
        row.forEach((f, c) => {
          cellAt(sheet, rect.top + r, rect.left + c).numberFormat = String(f);
        })
      );
    });
  }

  set hyperlink(value: Record<string, unknown>) {
    this.queue("hyperlink", value, () => {
      const { sheet, rect } = this.resolve();
      const cell = cellAt(sheet, rect.top, rect.left);
      cell.hyperlink = { ...value };
      if (typeof value.textToDisplay === "string") cell.value = value.textToDisplay;
    });
  }

  set columnHidden(value: boolean) {
    this.queue("columnHidden", value, () => {
      const { sheet, rect } = this.resolve();
      for (let c = rect.left; c <= rect.right; c++) {
        if (value) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** As Excel refuses through the API: merging cells that hold values beyond the top-left one. */
  merge(across?: boolean): void {
    this.queue("merge", across ?? false, () => {
      const { sheet, rect } = this.resolve();
      for (const { row, column } of cellsOf(rect)) {
        if (row === rect.top && column === rect.left) continue;
        const value = sheet.cells.get(key(row, column))?.value ?? "";
        if (value !== "") {
          throw new FakeOfficeError(
            "InvalidOperation",
            `Merging ${formatArea(rect)} would lose data.`
          );
        }
      }
      sheet.merges.push(rect);
    });
  }

  get format(): Record<string, unknown> {
    return formatProxy(
      this.env,
      () => {
        const { sheet, rect } = this.resolve();
        return { sheet, areas: [rect] };
      },
      ""
    );
  }

  get dataValidation(): Record<string, unknown> {
    const env = this.env;
    const resolve = this.resolve;
    return new Proxy<Record<string, unknown>>(
      {},
      {
        set(_, property, value) {
          if (typeof property !== "string") return false;
          env.request.enqueue({ a: "dataValidation", p: property, v: value }, () => {
            const { sheet, rect } = resolve();
            for (const { row, column } of cellsOf(rect)) {
              const cell = cellAt(sheet, row, column);
              cell.validation = { ...(cell.validation ?? {}), [property]: value };
            }
          });
          return true;
        },
      }
    );
  }
}

class FakeBookWorksheet {
  private loaded: Record<string, unknown> = {};
  private resolved: FakeBookSheet | null = null;

  constructor(
    private readonly env: Env,
    private readonly find: () => FakeBookSheet
  ) {}

  private sheet(): FakeBookSheet {
    this.resolved ??= this.find();
    if (!this.env.state.sheets.includes(this.resolved)) {
      throw new FakeOfficeError("ItemNotFound", "The worksheet was deleted.");
    }
    return this.resolved;
  }

  private queue(action: string, args: unknown, run: () => void): void {
    this.env.request.enqueue({ a: action, args }, run);
  }

  load(spec?: string): this {
    this.queue("load", spec ?? "*", () => this.fill());
    return this;
  }

  /** Takes the sheet's scalars now (at sync time, inside an operation already running). */
  fill(): void {
    const sheet = this.sheet();
    this.loaded = {
      name: sheet.name,
      position: this.env.state.sheets.indexOf(sheet),
      visibility: sheet.visible ? "Visible" : "Hidden",
    };
  }

  private read(name: string): unknown {
    if (!(name in this.loaded))
      throw new FakeOfficeError("PropertyNotLoaded", `${name} not loaded`);
    return this.loaded[name];
  }

  get name(): unknown {
    return this.read("name");
  }
  set name(value: unknown) {
    this.queue("name", value, () => {
      const sheet = this.sheet();
      requireStructure(this.env);
      checkName(this.env, String(value), sheet);
      sheet.name = String(value);
    });
  }
  get position(): unknown {
    return this.read("position");
  }
  set position(value: unknown) {
    this.queue("position", value, () => {
      const sheet = this.sheet();
      requireStructure(this.env);
      const sheets = this.env.state.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(Number(value), sheets.length)), 0, sheet);
    });
  }
  get visibility(): unknown {
    return this.read("visibility");
  }

  delete(): void {
    this.queue("delete", null, () => {
      const sheet = this.sheet();
      requireStructure(this.env);
      const sheets = this.env.state.sheets;
      if (sheet.visible && sheets.filter((s) => s.visible).length === 1) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep a visible sheet.");
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      if (this.env.state.activeSheetId === sheet.id) {
        this.env.state.activeSheetId = sheets.find((s) => s.visible)?.id ?? null;
      }
    });
  }

  activate(): void {
    this.queue("activate", null, () => {
      this.env.state.activeSheetId = this.sheet().id;
    });
  }

  getRange(address: string): FakeBookRange {
    return new FakeBookRange(this.env, () => ({ sheet: this.sheet(), rect: parseArea(address) }));
  }

  getRanges(address: string): { format: Record<string, unknown> } {
    this.queue("getRanges", address, () => {
      if (address.length > 8192) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The address is longer than 8,192 characters."
        );
      }
    });
    return {
      format: formatProxy(
        this.env,
        () => ({ sheet: this.sheet(), areas: parseAreas(address) }),
        ""
      ),
    };
  }

  get freezePanes(): Record<string, (arg: unknown) => void> {
    const set = (rows: number, columns: number) =>
      this.queue("freeze", [rows, columns], () => {
        this.sheet().freeze = { rows, columns };
      });
    return {
      freezeRows: (rows) => set(Number(rows), 0),
      freezeColumns: (columns) => set(0, Number(columns)),
      freezeAt: (address) => {
        const rect = parseArea(String(address));
        set(rect.bottom, rect.right);
      },
    };
  }

  /** https://learn.microsoft.com/javascript/api/excel/excel.autofilter: apply(range) moves the sheet's one filter. */
  get autoFilter(): { apply(range: unknown): void } {
    return {
      apply: (range) =>
        this.queue("autoFilter.apply", range, () => {
          this.sheet().autoFilter = String(range);
        }),
    };
  }

  get pageLayout(): Record<string, unknown> {
    const queue = (property: string, value: unknown) =>
      this.queue(`pageLayout.${property}`, value, () => {
        this.sheet().page[property] = value;
      });
    return new Proxy<Record<string, unknown>>(
      {
        setPrintArea: (area: unknown) => queue("printArea", area),
        setPrintTitleRows: (rows: unknown) => queue("printTitleRows", rows),
      },
      {
        set(_, property, value) {
          if (typeof property !== "string") return false;
          queue(property, value);
          return true;
        },
      }
    );
  }
}

function newSheet(id: string, spec: FakeBookSheetSpec): FakeBookSheet {
  const sheet: FakeBookSheet = {
    id,
    name: spec.name,
    visible: spec.visible ?? true,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    freeze: null,
    page: {},
    autoFilter: null,
  };
  (spec.values ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") cellAt(sheet, r + 1, c + 1).value = value;
    })
  );
  return sheet;
}

export interface FakeBookOptions {
  sheets: readonly FakeBookSheetSpec[];
  structureProtected?: boolean;
  activeSheet?: string;
  limits?: FakeLimits;
}

export function createFakeBook(options: FakeBookOptions): FakeBook {
  let counter = 0;
  const nextId = (): string => `{book-sheet-${++counter}}`;
  const state: FakeBookState = {
    sheets: options.sheets.map((spec) => newSheet(nextId(), spec)),
    structureProtected: options.structureProtected ?? false,
    activeSheetId: null,
  };
  state.activeSheetId =
    (options.activeSheet ? byName(state, options.activeSheet) : state.sheets[0])?.id ?? null;
  const request = new FakeRequest(options.limits ?? {});
  const env: Env = { request, state, nextId };

  let loadedItems: FakeBookWorksheet[] | null = null;
  let loadedProtected: boolean | null = null;
  const worksheets = {
    load: (spec?: string) => {
      request.enqueue({ a: "load", args: spec ?? "*" }, () => {
        const items = state.sheets.map((sheet) => {
          const proxy = new FakeBookWorksheet(env, () => sheet);
          return proxy;
        });
        // Loading items loads their scalars too, as "items/name,…" does.
        for (const item of items) item.fill();
        loadedItems = items;
      });
      return worksheets;
    },
    get items(): FakeBookWorksheet[] {
      if (!loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "items not loaded");
      return loadedItems;
    },
    add: (name: string) => {
      let created: FakeBookSheet | null = null;
      request.enqueue({ a: "add", args: name }, () => {
        requireStructure(env);
        checkName(env, name, null);
        created = newSheet(nextId(), { name });
        state.sheets.push(created);
      });
      return new FakeBookWorksheet(env, () => {
        if (!created) throw new FakeOfficeError("ItemNotFound", "The sheet was never added.");
        return created;
      });
    },
    getItem: (name: string) =>
      new FakeBookWorksheet(env, () => {
        const sheet = byName(state, name);
        if (!sheet) throw new FakeOfficeError("ItemNotFound", `No worksheet named '${name}'.`);
        return sheet;
      }),
    getActiveWorksheet: () =>
      new FakeBookWorksheet(env, () => {
        const sheet = state.sheets.find((s) => s.id === state.activeSheetId);
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "No active sheet.");
        return sheet;
      }),
  };
  const protection = {
    load: () => {
      request.enqueue({ a: "load", args: "protected" }, () => {
        loadedProtected = state.structureProtected;
      });
      return protection;
    },
    get protected(): boolean {
      if (loadedProtected === null) throw new FakeOfficeError("PropertyNotLoaded", "protected");
      return loadedProtected;
    },
  };
  const application = {
    suspendScreenUpdatingUntilNextSync: () =>
      request.enqueue({ a: "suspendScreenUpdatingUntilNextSync" }, () => {
        request.stats.screenUpdatingSuspensions++;
      }),
  };
  const workbook = { worksheets, protection, application };
  const context = { workbook, application, sync: () => request.sync() };

  const sheetNamed = (name: string): FakeBookSheet => {
    const found = state.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`the fake book has no sheet ${name}`);
    return found;
  };
  return {
    // The one cast between this fake and Office.js's types: it implements the part the writers use.
    context: context as unknown as Excel.RequestContext,
    state,
    stats: request.stats,
    pending: () => request.pendingOperations,
    sheet: sheetNamed,
    cell(sheet, address) {
      const rect = parseArea(address);
      return sheetNamed(sheet).cells.get(key(rect.top, rect.left));
    },
    snapshot(sheet) {
      const s = sheetNamed(sheet);
      return JSON.stringify({
        ...s,
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
        columnWidths: [...s.columnWidths],
        hiddenColumns: [...s.hiddenColumns],
        rowHeights: [...s.rowHeights],
      });
    },
  };
}
