import { MAX_COLUMNS, MAX_ROWS, WHOLE_SHEET, type Rect } from "./fakeAddress";
import { FakeClientObject, FakeCollection, type FakeEnvironment } from "./fakeClientObject";
import { FakeNoteCollection } from "./fakeNotes";
import { FakeRange, FakeRangeAreas, areaOrFail, areasOrFail } from "./fakeRange";
import { FakeOfficeError } from "./fakeRequest";
import { usedRect, type FakeSheetState } from "./fakeState";

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
    return "Visible";
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "protection") return this.protection;
    if (name === "notes") return this.notes;
    return undefined;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  get protection(): FakeProtection {
    return this.child(
      "protection",
      () => new FakeProtection(this.env, () => this.targetOrNull(), "WorksheetProtection")
    );
  }
  /** The sheet's notes (ExcelApi 1.18): any use fails with ApiNotFound on an older host. */
  get notes(): FakeNoteCollection {
    return this.child("notes", () => new FakeNoteCollection(this.env, () => this.targetOrNull()));
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

  activate(): void {
    this.queue("activate", [], () => {
      this.env.state.activeSheetId = this.target().id;
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
    return new FakeWorksheet(this.env, () => sheet);
  }

  /** Excel matches sheet names without regard to case. */
  private byName(name: string): FakeSheetState | null {
    const wanted = name.toLocaleLowerCase();
    return this.env.state.sheets.find((s) => s.name.toLocaleLowerCase() === wanted) ?? null;
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

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(env: FakeEnvironment) {
    this.worksheets = new FakeWorksheetCollection(env);
    this.application = new FakeApplication(env);
  }
}

/** What the adapter receives as its Excel.RequestContext. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(private readonly env: FakeEnvironment) {
    this.workbook = new FakeWorkbook(env);
    this.application = this.workbook.application;
  }
  sync(): Promise<void> {
    return this.env.request.sync();
  }
}
