import { MAX_COLUMNS, MAX_ROWS, parseArea, WHOLE_SHEET, type Rect } from "./fakeAddress";
import { FakeClientObject, FakeCollection, type FakeEnvironment } from "./fakeClientObject";
import { FakeCommentCollection } from "./fakeComments";
import { FakeFunctions } from "./fakeFunctions";
import { FakeAutoFilter, FakeFreezePanes, FakePageLayout } from "./fakeLayout";
import { FakeNoteCollection } from "./fakeNotes";
import { FakeRange, FakeRangeAreas, areaOrFail, areasOrFail, type RangeTarget } from "./fakeRange";
import { FakeOfficeError } from "./fakeRequest";
import { emptyLayout, usedRect, type FakeSheetState, type FakeWorkbookState } from "./fakeState";

const INVALID_NAME = /[\\/?*[\]:]/;

function sheetNamed(state: FakeWorkbookState, name: string): FakeSheetState | null {
  const wanted = name.toLocaleLowerCase();
  return state.sheets.find((s) => s.name.toLocaleLowerCase() === wanted) ?? null;
}

function requireStructure(state: FakeWorkbookState): void {
  if (state.structureProtected) {
    throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of \\ / ? * [ ] :, unique without case. */
function checkName(state: FakeWorkbookState, name: string, except: FakeSheetState | null): void {
  if (name.length === 0 || name.length > 31 || INVALID_NAME.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid sheet name.`);
  }
  const other = sheetNamed(state, name);
  if (other && other !== except) {
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' exists.`);
  }
}

/** Worksheets, the workbook, the application and the request context of the fake Excel. */

class FakeProtection extends FakeClientObject<FakeSheetState> {
  protected scalarNames(): readonly string[] {
    return ["protected"];
  }
  protected readScalar(sheet: FakeSheetState): unknown {
    return sheet.protected;
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheetState> {
  constructor(env: FakeEnvironment, resolver: () => FakeSheetState | null) {
    super(env, resolver, "Worksheet");
  }
  protected scalarNames(): readonly string[] {
    return ["name", "id", "position", "visibility"];
  }
  protected readScalar(sheet: FakeSheetState, name: string): unknown {
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "position") return this.env.state.sheets.indexOf(sheet);
    return sheet.visible ? "Visible" : "Hidden";
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "protection") return this.protection;
    if (name === "notes") return this.notes;
    if (name === "comments") return this.comments;
    return undefined;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  set name(value: string) {
    this.queue("set", ["name", value], () => {
      const sheet = this.target();
      requireStructure(this.env.state);
      checkName(this.env.state, value, sheet);
      sheet.name = value;
    });
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(value: number) {
    this.queue("set", ["position", value], () => {
      const sheet = this.target();
      requireStructure(this.env.state);
      const sheets = this.env.state.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    });
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  get freezePanes(): FakeFreezePanes {
    return this.child(
      "freezePanes",
      () => new FakeFreezePanes(this.env, () => this.targetOrNull())
    );
  }
  get pageLayout(): FakePageLayout {
    return this.child("pageLayout", () => new FakePageLayout(this.env, () => this.targetOrNull()));
  }
  get autoFilter(): FakeAutoFilter {
    return this.child("autoFilter", () => new FakeAutoFilter(this.env, () => this.targetOrNull()));
  }

  /** Excel keeps at least one visible sheet, and refuses any deletion under structure protection. */
  delete(): void {
    this.queue("delete", [], () => {
      const sheet = this.target();
      const { state } = this.env;
      requireStructure(state);
      if (sheet.visible && state.sheets.filter((s) => s.visible).length === 1) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep a visible sheet.");
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheetId === sheet.id) {
        state.activeSheetId = state.sheets.find((s) => s.visible)?.id ?? null;
        state.selection = null;
      }
    });
  }
  get protection(): FakeProtection {
    return this.child(
      "protection",
      () => new FakeProtection(this.env, () => this.targetOrNull(), "WorksheetProtection")
    );
  }
  /** The sheet's notes (ExcelApi 1.18); on an older host every use fails with ApiNotFound. */
  get notes(): FakeNoteCollection {
    return this.child("notes", () => new FakeNoteCollection(this.env, () => this.targetOrNull()));
  }
  /** The sheet's threaded comments (ExcelApi 1.10). */
  get comments(): FakeCommentCollection {
    return this.child(
      "comments",
      () => new FakeCommentCollection(this.env, () => this.targetOrNull())
    );
  }

  private range(action: string, args: unknown[], rect: () => Rect): FakeRange {
    let resolved: Rect | null = null;
    this.queue(action, args, () => {
      resolved = rect();
    });
    return new FakeRange(this.env, () => {
      const sheet = this.target();
      return resolved ? { sheet, rect: resolved } : null;
    });
  }

  /** A range by A1 address ("B3", "A5:F9", "5:9"); the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return this.range("getRange", [address ?? null], () =>
      address === undefined ? WHOLE_SHEET : areaOrFail(address)
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return this.range("getRangeByIndexes", [row, column, rowCount, columnCount], () => {
      const rect = {
        top: row + 1,
        left: column + 1,
        bottom: row + rowCount,
        right: column + columnCount,
      };
      if (rowCount < 1 || columnCount < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "The range is outside the sheet.");
      }
      return rect;
    });
  }

  /** Several areas at once (ExcelApi 1.9); Excel refuses addresses over 8,192 characters. */
  getRanges(address: string): FakeRangeAreas {
    let areas: Rect[] | null = null;
    this.queue("getRanges", [address], () => {
      this.requireApi(9);
      const { stats } = this.env.request;
      stats.longestAddress = Math.max(stats.longestAddress, address.length);
      if (address.length > 8192) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The address is longer than 8,192 characters."
        );
      }
      areas = areasOrFail(address);
    });
    return new FakeRangeAreas(this.env, () => {
      const sheet = this.target();
      return areas ? { sheet, areas } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    let used: Rect | null = null;
    this.queue("getUsedRangeOrNullObject", [valuesOnly ?? false], () => {
      used = usedRect(this.target(), WHOLE_SHEET);
    });
    return new FakeRange(this.env, () => (used ? { sheet: this.target(), rect: used } : null));
  }

  /** As Excel: an empty sheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    let used: Rect | null = null;
    this.queue("getUsedRange", [valuesOnly ?? false], () => {
      used = usedRect(this.target(), WHOLE_SHEET) ?? { top: 1, left: 1, bottom: 1, right: 1 };
    });
    return new FakeRange(this.env, () => (used ? { sheet: this.target(), rect: used } : null));
  }

  /**
   * Brings the sheet to the front. Microsoft: activating a sheet "is equivalent to choosing the
   * sheet's tab" (https://learn.microsoft.com/office/vba/api/excel.worksheet.activate(method)), and
   * a hidden sheet has no tab to choose: Excel refuses to activate a sheet whose visibility is
   * Hidden or VeryHidden (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility).
   * No error code is documented for it; the adapter checks the visibility first and never relies
   * on this one.
   */
  activate(): void {
    this.queue("activate", [], () => {
      const sheet = this.target();
      if (!sheet.visible) {
        throw new FakeOfficeError("InvalidOperation", `The sheet '${sheet.name}' is hidden.`);
      }
      this.env.state.activeSheetId = sheet.id;
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<
  FakeSheetState[],
  FakeSheetState,
  FakeWorksheet
> {
  constructor(env: FakeEnvironment) {
    super(env, () => env.state.sheets, "WorksheetCollection");
  }
  protected itemTargets(sheets: FakeSheetState[]): FakeSheetState[] {
    return [...sheets];
  }
  protected makeItem(sheet: FakeSheetState): FakeWorksheet {
    // A proxy of a sheet deleted since (by the user, mid-check) fails as Excel's ItemNotFound.
    return new FakeWorksheet(this.env, () =>
      this.env.state.sheets.includes(sheet) ? sheet : null
    );
  }

  /** A new, empty sheet at the end; Excel refuses a taken or invalid name. */
  add(name: string): FakeWorksheet {
    let created: FakeSheetState | null = null;
    this.queue("add", [name], () => {
      const { state } = this.env;
      requireStructure(state);
      checkName(state, name, null);
      created = {
        id: `{fake-sheet-added-${this.env.request.newObjectId()}}`,
        name,
        protected: false,
        visible: true,
        rows: [],
        merges: [],
        formats: [],
        notes: [],
        comments: [],
        layout: emptyLayout(),
      };
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.env, () =>
      created && this.env.state.sheets.includes(created) ? created : null
    );
  }

  /** Excel matches sheet names without regard to case. */
  private byName(name: string): FakeSheetState | null {
    return sheetNamed(this.env.state, name);
  }

  getItem(name: string): FakeWorksheet {
    this.queue("getItem", [name], () => undefined);
    return new FakeWorksheet(this.env, () => {
      const sheet = this.byName(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `No worksheet named '${name}'.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.queue("getItemOrNullObject", [name], () => undefined);
    return new FakeWorksheet(this.env, () => this.byName(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    this.queue("getActiveWorksheet", [], () => undefined);
    return new FakeWorksheet(
      this.env,
      () => this.env.state.sheets.find((s) => s.id === this.env.state.activeSheetId) ?? null
    );
  }
}

export class FakeApplication {
  constructor(private readonly env: FakeEnvironment) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.env.request.enqueue({ a: "suspendScreenUpdatingUntilNextSync" }, () => {
      this.env.request.stats.screenUpdatingSuspensions++;
    });
  }
}

class FakeWorkbookProtection extends FakeClientObject<FakeWorkbookState> {
  constructor(env: FakeEnvironment) {
    super(env, () => env.state, "WorkbookProtection");
  }
  protected scalarNames(): readonly string[] {
    return ["protected"];
  }
  protected readScalar(state: FakeWorkbookState): unknown {
    return state.structureProtected;
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

/** Where the selection is: its sheet and area, else A1 of the active sheet. */
function selectedTarget(state: FakeWorkbookState): RangeTarget | null {
  const match = state.selection
    ? /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(state.selection)
    : null;
  if (match) {
    const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? "");
    const sheet = sheetNamed(state, name);
    if (sheet) return { sheet, rect: parseArea(match[3] ?? "A1") };
  }
  const active = state.sheets.find((s) => s.id === state.activeSheetId) ?? null;
  return active ? { sheet: active, rect: parseArea("A1") } : null;
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;
  /** Excel's worksheet functions (ExcelApi 1.2), evaluated in the workbook's date system. */
  readonly functions: FakeFunctions;
  /**
   * Workbook.onSelectionChanged (ExcelApi 1.2): add() registers a handler and gives an
   * EventHandlerResult whose remove() takes it off; handlers run after each selection change
   * (fakeState.ts, changeSelection).
   */
  readonly onSelectionChanged: {
    add(handler: () => unknown): { context: FakeRequestContext; remove(): void };
  };
  constructor(
    private readonly env: FakeEnvironment,
    context: FakeRequestContext
  ) {
    this.worksheets = new FakeWorksheetCollection(env);
    this.application = new FakeApplication(env);
    this.protection = new FakeWorkbookProtection(env);
    this.functions = new FakeFunctions(env);
    const handlers = env.state.selectionHandlers;
    this.onSelectionChanged = {
      add(handler) {
        const call = (): void => void handler();
        handlers.add(call);
        return { context, remove: () => handlers.delete(call) };
      },
    };
  }

  /** Workbook.getSelectedRange() (ExcelApi 1.1): the selected range, resolved at sync. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.env, () => selectedTarget(this.env.state));
  }
}

/** What the adapter receives as its Excel.RequestContext. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(private readonly env: FakeEnvironment) {
    this.workbook = new FakeWorkbook(env, this);
    this.application = this.workbook.application;
  }
  sync(): Promise<void> {
    return this.env.request.sync();
  }
}
