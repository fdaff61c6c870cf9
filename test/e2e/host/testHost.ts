import { SETTINGS_KEY } from "../../../src/excel/settings/settingsStore";
import { createFakeExcel, type FakeExcel, type FakeSheetSpec } from "../../excel/fakeExcel";
import { fakeExcelLibrary } from "../../excel/fakeLibrary";
import type { FakeLimits } from "../../excel/fakeRequest";

/**
 * The stand-in for office.js the end-to-end tests load in place of Microsoft's: `Office` (ready at
 * once, the display language and theme asked for, requirement sets, document settings kept in
 * memory, ribbon actions) and `Excel` (run over the fake Excel's in-memory workbook, createWorkbook
 * recorded). The same function installs it in Node for the host-level flow test and in the page.
 */

export interface TestHostOptions {
  sheets: readonly FakeSheetSpec[];
  displayLanguage: string;
  theme: "light" | "dark";
  /** Settings the workbook carries (workbook.settings), e.g. the as-of day of the sample. */
  settings?: Record<string, unknown>;
  excelApiMinor?: number;
  /** Excel's payload limits, lowered to make the adapter split its reads. */
  limits?: FakeLimits;
}

/** What a test reads back from the page's window.e2e. */
export interface TestHostApi {
  fake: FakeExcel;
  sheetNames(): string[];
  selection(): string | null;
  activeSheet(): string | null;
  /** Each sheet's values, formats, notes and layout as plain data, for before/after equality. */
  snapshot(): string;
  /** The base64 .xlsx files handed to Excel.createWorkbook, in order. */
  createdWorkbooks: string[];
  /** Names passed to Office.actions.associate. */
  actions: string[];
  storedSettings(): unknown;
  /** A stored document setting by name (e.g. the explained warnings). */
  stored(name: string): unknown;
  /** The user selecting a range on a sheet (fires Workbook.onSelectionChanged). */
  userSelect(sheet: string, address: string): void;
}

/** Office's theme colours: the pane picks dark when the body background is dark. */
const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" },
} as const;

type Callback = (result: { status: string; error: null }) => void;

export function installTestHost(target: object, options: TestHostOptions): TestHostApi {
  // The page plays Excel on the web (onReady says so), where Note.width and height are unsupported.
  const fake = createFakeExcel({
    sheets: options.sheets,
    platform: "OfficeOnline",
    ...(options.excelApiMinor !== undefined ? { excelApiMinor: options.excelApiMinor } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const stored = new Map<string, unknown>(
    options.settings ? [[SETTINGS_KEY, JSON.stringify(options.settings)]] : []
  );
  const api: TestHostApi = {
    fake,
    sheetNames: () => fake.state.sheets.map((s) => s.name),
    selection: () => fake.state.selection,
    activeSheet: () =>
      fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name ?? null,
    snapshot: () => JSON.stringify(fake.snapshot()),
    createdWorkbooks: [],
    actions: [],
    storedSettings: () => stored.get(SETTINGS_KEY),
    stored: (name) => stored.get(name),
    userSelect: (sheet, address) => fake.userSelect(sheet, address),
  };
  const excelApiMinor = options.excelApiMinor ?? 18;
  const ready = { host: "Excel", platform: "OfficeOnline" };
  const office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (info: typeof ready) => void): Promise<typeof ready> {
      return Promise.resolve().then(() => {
        callback?.(ready);
        return ready;
      });
    },
    context: {
      diagnostics: { platform: ready.platform },
      displayLanguage: options.displayLanguage,
      officeTheme: THEMES[options.theme],
      requirements: {
        isSetSupported: (name: string, version?: string): boolean => {
          if (name !== "ExcelApi") return false;
          const minor = Number((version ?? "1.1").split(".")[1] ?? "1");
          return Number.isFinite(minor) && minor <= excelApiMinor;
        },
      },
      document: {
        settings: {
          get: (name: string): unknown => stored.get(name) ?? null,
          set: (name: string, value: unknown): void => {
            stored.set(name, value);
          },
          remove: (name: string): void => {
            stored.delete(name);
          },
          saveAsync: (callback?: Callback): void => {
            setTimeout(() => callback?.({ status: "succeeded", error: null }), 0);
          },
        },
      },
    },
    actions: {
      associate: (name: string): void => {
        api.actions.push(name);
      },
    },
  };
  const excel = {
    // The classes the adapter's guards look for, as a current office.js has them.
    ...fakeExcelLibrary(),
    // Excel.run(body) and Excel.run(context, body): one request context here either way.
    run: <T>(...args: unknown[]): Promise<T> => {
      const body = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
      return body(fake.context);
    },
    createWorkbook: (base64?: string): Promise<void> => {
      api.createdWorkbooks.push(base64 ?? "");
      return Promise.resolve();
    },
  };
  Reflect.set(target, "Office", office);
  Reflect.set(target, "Excel", excel);
  return api;
}
