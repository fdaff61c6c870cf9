import { formatArea, parseArea, parseAreas, sheetPrefix } from "./fakeAddress";
import type { FakeEnvironment } from "./fakeClientObject";
import { newFormatId } from "./fakeFormats";
import type { FeatureName } from "../../src/excel/requirements";
import { fakeExcelLibrary } from "./fakeLibrary";
import { FakeRequest, type FakeLimits, type FakeStats } from "./fakeRequest";
import {
  changeSelection,
  emptyLayout,
  setCell,
  type FakeSheetState,
  type FakeWorkbookState,
} from "./fakeState";
import { FakeRequestContext } from "./fakeWorkbook";
import { type CellValue, parseCellAddress } from "../../src/engine";

/**
 * A small in-memory Excel for testing the Office.js adapter without Office. It implements the API
 * surface the adapter uses (see README.md beside this file), with Office.js's load/sync semantics,
 * and measures every request. Create one with `createFakeExcel`, hand `fake.context` to the code
 * under test, then inspect `fake.stats` and `fake.state`.
 */

export interface FakeFormatSpec {
  /** "Custom" (a formula rule), "CellValue", "DataBar"… */
  type?: string;
  /** One or more areas, comma-separated: "A2:F9,H2:H9". */
  ranges: string;
  formula?: string | null;
  fill?: string | null;
  font?: string | null;
}

export interface FakeSheetSpec {
  name: string;
  /** A grid of values placed with its first cell at `topLeft` (default "A1"). */
  values?: readonly (readonly CellValue[])[];
  topLeft?: string;
  protected?: boolean;
  /** A hidden sheet (visibility "Hidden"). */
  hidden?: boolean;
  merges?: readonly string[];
  /** The user's notes: cell address → text. */
  notes?: Readonly<Record<string, string>>;
  /** The user's threaded comments: cell address → text (a cell holds a note or a comment). */
  threadedComments?: Readonly<Record<string, string>>;
  /** Number formats the user set: area address ("C2:C9") → format code ("yyyy-mm-dd"). */
  numberFormats?: Readonly<Record<string, string>>;
  /** The user's conditional formats, top priority first. */
  formats?: readonly FakeFormatSpec[];
}

export interface FakeExcelOptions {
  sheets: readonly FakeSheetSpec[];
  /** The highest ExcelApi 1.x the host supports: 18 (notes), 13 (merged areas), 9… Default 18. */
  excelApiMinor?: number;
  limits?: FakeLimits;
  /** The sheet shown at first; the first sheet by default. */
  activeSheet?: string;
  /** Workbook structure protection: sheets cannot be added, deleted, renamed or moved. */
  structureProtected?: boolean;
  /**
   * The 1904 date system (File › Options › Advanced › "Use 1904 date system"): Range.values gives
   * the serials as stored, 1,462 days below the 1900 system's, and DATE answers in this system.
   */
  date1904?: boolean;
  /**
   * Features the loaded office.js lacks although the host has them (the @microsoft/office-js
   * copy has no notes): installOffice's `Excel` namespace leaves their members out.
   */
  libraryLacks?: readonly FeatureName[];
  /**
   * Office.context.diagnostics.platform, "PC" by default; "OfficeOnline" is Excel on the web, where
   * some members are documented as not supported (Note.width and height) and refused here.
   */
  platform?: "PC" | "Mac" | "OfficeOnline";
}

/** A sheet's formats and notes as plain data, for before/after comparisons. */
export interface SheetSnapshot {
  name: string;
  formats: {
    type: string;
    ranges: string;
    formula: string | null;
    fill: string | null;
    font: string | null;
  }[];
  notes: Record<string, string>;
  /** Threaded comments, cell address → text. */
  comments: Record<string, string>;
  /** The cells' values as JSON, so that any change to a value shows. */
  values: string;
  /** Merges, visibility and what a writer left (formats, widths, links…) as JSON. */
  layout: string;
}

export interface FakeExcel {
  /** Give this to the adapter: the fake's stand-in for Excel.RequestContext. */
  context: Excel.RequestContext;
  state: FakeWorkbookState;
  stats: FakeStats;
  sheet(name: string): FakeSheetState;
  snapshot(): SheetSnapshot[];
  /** The user selecting a range (sheet activated), as Workbook.onSelectionChanged reports it. */
  userSelect(sheet: string, address: string): void;
  /**
   * Installs a global `Office` whose requirement checks match the fake, and a global `Excel` holding
   * the classes the guards look for (less `libraryLacks`); returns the undo.
   */
  installOffice(): () => void;
}

function buildSheet(spec: FakeSheetSpec, index: number): FakeSheetState {
  const sheet: FakeSheetState = {
    id: `{fake-sheet-${index + 1}}`,
    name: spec.name,
    protected: spec.protected ?? false,
    visible: spec.hidden !== true,
    rows: [],
    merges: (spec.merges ?? []).map(parseArea),
    formats: [],
    notes: [],
    comments: [],
    layout: emptyLayout(),
  };
  const origin = parseCellAddress(spec.topLeft ?? "A1");
  if (!origin) throw new Error(`bad topLeft ${spec.topLeft}`);
  (spec.values ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") setCell(sheet, origin.row + r, origin.column + 1 + c, value);
    })
  );
  for (const [address, content] of Object.entries(spec.notes ?? {})) {
    sheet.notes.push({ address: formatArea(parseArea(address)), content, authorName: "User" });
  }
  for (const [address, content] of Object.entries(spec.threadedComments ?? {})) {
    const cell = formatArea(parseArea(address));
    if (sheet.notes.some((n) => n.address === cell)) {
      throw new Error(`the fake's ${spec.name}!${cell} cannot hold a note and a threaded comment`);
    }
    sheet.comments.push({ address: cell, content });
  }
  for (const [address, format] of Object.entries(spec.numberFormats ?? {})) {
    const rect = parseArea(address);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        sheet.layout.numberFormats.set(
          formatArea({ top: r, left: c, bottom: r, right: c }),
          format
        );
      }
    }
  }
  for (const format of spec.formats ?? []) {
    sheet.formats.push({
      id: newFormatId(),
      type: format.type ?? "Custom",
      areas: parseAreas(format.ranges),
      formula: format.formula ?? null,
      fill: format.fill ?? null,
      font: format.font ?? null,
    });
  }
  return sheet;
}

function snapshotSheet(sheet: FakeSheetState): SheetSnapshot {
  return {
    name: sheet.name,
    formats: sheet.formats.map((f) => ({
      type: f.type,
      ranges: f.areas.map(formatArea).join(","),
      formula: f.formula,
      fill: f.fill,
      font: f.font,
    })),
    notes: Object.fromEntries(
      [...sheet.notes]
        .sort((a, b) => a.address.localeCompare(b.address))
        .map((n) => [n.address, n.content])
    ),
    comments: Object.fromEntries(sheet.comments.map((c) => [c.address, c.content])),
    values: JSON.stringify(sheet.rows),
    layout: JSON.stringify({
      visible: sheet.visible,
      merges: sheet.merges.map(formatArea),
      ...Object.fromEntries(
        Object.entries(sheet.layout).map(([name, value]) => [
          name,
          value instanceof Map || value instanceof Set ? [...value] : value,
        ])
      ),
    }),
  };
}

/** "1.18" is supported when its minor version is at most the fake's. */
function supports(excelApiMinor: number, name: string, version?: string): boolean {
  if (name !== "ExcelApi") return false;
  const minor = Number((version ?? "1.1").split(".")[1] ?? "1");
  return Number.isFinite(minor) && minor <= excelApiMinor;
}

export function createFakeExcel(options: FakeExcelOptions): FakeExcel {
  const state: FakeWorkbookState = {
    sheets: options.sheets.map(buildSheet),
    structureProtected: options.structureProtected ?? false,
    activeSheetId: null,
    selection: null,
    selectionHandlers: new Set(),
    date1904: options.date1904 ?? false,
  };
  const active = options.activeSheet
    ? state.sheets.find((s) => s.name === options.activeSheet)
    : state.sheets[0];
  state.activeSheetId = active?.id ?? null;
  const excelApiMinor = options.excelApiMinor ?? 18;
  const request = new FakeRequest(options.limits ?? {});
  const platform = options.platform ?? "PC";
  const env: FakeEnvironment = { request, state, excelApiMinor, platform };
  const context = new FakeRequestContext(env);
  return {
    // The one cast between the fake and Office.js's types: the fake implements the part used.
    context: context as unknown as Excel.RequestContext,
    state,
    stats: request.stats,
    sheet(name) {
      const found = state.sheets.find((s) => s.name === name);
      if (!found) throw new Error(`the fake has no sheet ${name}`);
      return found;
    },
    snapshot: () => state.sheets.map(snapshotSheet),
    userSelect(name, address) {
      const sheet = state.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`the fake has no sheet ${name}`);
      state.activeSheetId = sheet.id;
      changeSelection(state, `${sheetPrefix(sheet.name)}${formatArea(parseArea(address))}`);
    },
    installOffice() {
      const previous = {
        Office: Reflect.get(globalThis, "Office"),
        Excel: Reflect.get(globalThis, "Excel"),
      };
      Reflect.set(globalThis, "Office", {
        context: {
          diagnostics: { platform },
          requirements: {
            isSetSupported: (name: string, version?: string) =>
              supports(excelApiMinor, name, version),
          },
        },
      });
      Reflect.set(globalThis, "Excel", fakeExcelLibrary(options.libraryLacks));
      return () => {
        for (const [name, value] of Object.entries(previous)) {
          if (value === undefined) Reflect.deleteProperty(globalThis, name);
          else Reflect.set(globalThis, name, value);
        }
      };
    },
  };
}
