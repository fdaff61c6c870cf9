import packageJson from "../../../package.json";
import type { StoredSettings } from "../../excel/host";
import { loadStoredSettings, SETTINGS_KEY } from "../../excel/settings/settingsStore";
import { toCheckOptions } from "../../excel/settings/toCheckOptions";
import { validateStoredSettings } from "../../excel/settings/validateSettings";
import { checkBook, hasAnyLedger } from "../../xlsx/check/checkBook";
import { readAddinProperty } from "../../xlsx/package/addinSettings";
import { portableCodec } from "../../xlsx/package/codec";
import { gridColumns } from "../../xlsx/package/gridColumns";
import { OoxmlPackage } from "../../xlsx/package/ooxmlPackage";
import { checkPackage } from "../../xlsx/package/packageCheck";
import { bufferSource } from "../../xlsx/read/byteSources";
import { streamZipEntryPortable } from "../../xlsx/read/portableEntryStream";
import { readBookFromSource, type ReadBook } from "../../xlsx/read/readBook";
import { XlsxReadError } from "../../xlsx/read/readError";
import { fileBaseName, readProblem } from "../../xlsx/read/readMessages";
import { KIND_EXTENSION } from "../../xlsx/read/workbookKind";
import { rollupEntryOf } from "../../xlsx/rollup/rollupEntry";
import { summaryDataOfSheets } from "../../xlsx/rollup/summaryOfSheets";
import { ADDIN_ID } from "../addinReference";
import { checkerLocalized, checkerTranslator } from "../i18n/translate";
import type {
  CheckedFile,
  FileAnswers,
  FileQuestion,
  PageProgress,
  RowCells,
  SettingsSource,
} from "./protocol";
import {
  columnLetter,
  headerLabel,
  LEDGER_SCHEMAS,
  UNIT_INFO_SCHEMA,
  parseCellAddress,
  type CellValue,
  summarize,
  summaryData,
  type CheckResult,
  isoDate,
  type Locale,
  type Localized,
  LEDGER_IDS,
  RECORD_LEDGER_IDS,
  type LedgerWorkbook,
} from "../../engine";

/**
 * One file checked on the page, in its worker: read by the command line's streaming reader (fflate
 * instead of zlib), checked by the command line's checkBook, its copy written by the command line's
 * package writer. Host-neutral, so the tests run it in Node as the worker runs it in a browser.
 */

const VERSION = packageJson.version;

/** Why a file could not be checked, in both languages; `summaryOnly` for a 汇总表 without ledgers. */
export class FileRefusal extends Error {
  constructor(
    readonly reason: Localized,
    readonly summaryOnly = false
  ) {
    super(reason["zh-CN"]);
    this.name = "FileRefusal";
  }
}

/** The read problem as the command line words it, or an unexpected failure as damage. */
function refusalOf(error: unknown, name: string): FileRefusal {
  if (error instanceof FileRefusal) return error;
  const problem = error instanceof XlsxReadError ? error : readProblem("corrupt", name, {}, error);
  return new FileRefusal({ "zh-CN": problem.message, "en-US": problem.messageEn });
}

/** The settings the add-in keeps in the workbook, as the add-in reads them; null when none. */
async function workbookSettings(bytes: Uint8Array): Promise<StoredSettings | null> {
  try {
    const pkg = await OoxmlPackage.open(bytes, portableCodec);
    const stored = readAddinProperty(pkg, ADDIN_ID, SETTINGS_KEY);
    if (stored === undefined) return null;
    // office.js stores each setting as JSON text (OSF.OUtil.serializeSettings); the add-in's value
    // is itself JSON, which loadStoredSettings reads and validates as the add-in does.
    const office: unknown = JSON.parse(stored);
    const settings = loadStoredSettings({
      get: () => office,
      set: () => undefined,
      saveAsync: () => undefined,
    });
    return Object.keys(settings).length > 0 ? settings : null;
  } catch {
    return null;
  }
}

/** A reader over the bytes that reports how far it has read, for a determinate bar. */
function readingSource(bytes: Uint8Array, onRead: (done: number) => void) {
  const source = bufferSource(bytes);
  let furthest = 0;
  return {
    size: source.size,
    read(position: number, length: number) {
      const end = Math.min(source.size, position + length);
      if (end > furthest) {
        furthest = end;
        onRead(furthest);
      }
      return source.read(position, length);
    },
  };
}

/** 单位信息's keys whose value is a date (机关党委本届选举日期…), as headers are compared. */
const UNIT_INFO_DATE_KEYS = new Set(
  UNIT_INFO_SCHEMA.columns
    .filter((c) => c.kind === "date")
    .flatMap((c) => [c.header, ...c.aliases])
    .map((text) => headerLabel(text))
);

/** "台账.xlsx" → "台账.checked.xlsx", as the command line names a checked copy. */
export function checkedCopyName(file: string, extension: string): string {
  const name = fileBaseName(file);
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem}.checked${extension}`;
}

const EMPTY_RECORDS = <T extends { records: unknown[] }>(sheet: T | undefined): T | undefined =>
  sheet ? { ...sheet, records: [] } : undefined;

/**
 * The result as the results view reads it (findings, totals, branches, which sheet holds which
 * ledger): the ledgers' records, the rules' statistics and periods and the highlight plan stay in
 * the worker, so a 100k-row check crosses to the page in milliseconds.
 */
export function forDisplay(result: CheckResult): CheckResult {
  const workbook: LedgerWorkbook = { issues: [] };
  if (result.workbook.unitInfo) workbook.unitInfo = result.workbook.unitInfo;
  for (const id of LEDGER_IDS) {
    if (id === "unitInfo") continue;
    const sheet = EMPTY_RECORDS(result.workbook[id]);
    if (sheet) Object.assign(workbook, { [id]: sheet });
  }
  return {
    ...result,
    workbook,
    stats: [],
    periods: [],
    highlights: { ...result.highlights, sheets: [] },
  };
}

/** A cell as the row view shows it: a date column's serial as its date (headers as findings quote them). */
function shown(value: CellValue, isDate: boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && isDate && value >= 1 && value < 2958466) {
    return isoDate(Math.floor(value));
  }
  return String(value);
}

export class CheckSession {
  private constructor(
    readonly name: string,
    private readonly bytes: Uint8Array,
    private readonly book: ReadBook,
    readonly result: CheckResult,
    readonly checked: CheckedFile
  ) {}

  /**
   * Reads and checks the file with the settings this browser keeps for it, else those the add-in
   * keeps in the workbook, else the defaults. Throws a FileRefusal saying why it cannot be checked.
   */
  static async open(
    bytes: Uint8Array,
    name: string,
    saved: StoredSettings | null,
    locale: Locale,
    onProgress: (progress: PageProgress) => void
  ): Promise<CheckSession> {
    try {
      onProgress({ stage: "read", done: 0, total: bytes.byteLength });
      const source = readingSource(bytes, (done) =>
        onProgress({ stage: "read", done, total: bytes.byteLength })
      );
      const book = await readBookFromSource(source, name, streamZipEntryPortable);
      const inWorkbook = saved ? null : await workbookSettings(bytes);
      const settings = validateStoredSettings(saved ?? inWorkbook ?? {});
      const origin: SettingsSource = saved ? "browser" : inWorkbook ? "workbook" : "defaults";
      onProgress({ stage: "check", done: 0, total: 0 });
      const result = checkBook(book, toCheckOptions(settings, locale));
      if (!hasAnyLedger(result)) {
        const summaryOnly = summaryDataOfSheets(book.sheets).result.ok;
        const file = fileBaseName(name);
        throw new FileRefusal(
          checkerLocalized(summaryOnly ? "summaryOnly" : "noLedger", { file }),
          summaryOnly
        );
      }
      onProgress({ stage: "summary", done: 0, total: 0 });
      const checked: CheckedFile = {
        result: forDisplay(result),
        settings,
        source: origin,
        copyName: checkedCopyName(name, KIND_EXTENSION[book.kind]),
      };
      return new CheckSession(name, bytes, book, result, checked);
    } catch (error) {
      throw refusalOf(error, name);
    }
  }

  /** The 汇总表 of the check, as a sheet model. */
  summaryModel(checkedAt: string): FileAnswers["summary"] {
    return summarize(this.result, { checkedAt, version: VERSION });
  }

  /**
   * The checked copy, as `party-ledger check` writes it: the user's package patched by the package
   * writer. Settings other than the defaults are kept in it as the add-in keeps its own.
   */
  async copy(question: Extract<FileQuestion, { kind: "copy" }>): Promise<FileAnswers["copy"]> {
    const settings = validateStoredSettings(question.settings);
    const patch = {
      plan: this.result.highlights,
      summary: this.summaryModel(question.checkedAt),
      ...gridColumns(this.book.sheets),
      ...(Object.keys(settings).length > 0
        ? {
            addinSetting: {
              reference: question.reference,
              name: SETTINGS_KEY,
              // As saveStoredSettings sets it (JSON text), then as office.js stores a setting.
              value: JSON.stringify(JSON.stringify(settings)),
            },
          }
        : {}),
    };
    try {
      const { bytes } = await checkPackage(this.bytes, patch, portableCodec);
      return { bytes, name: this.checked.copyName };
    } catch (error) {
      throw refusalOf(readProblem("corrupt", this.name, {}, error), this.name);
    }
  }

  /** A row's cells, with the ledger's headers. */
  row(sheetName: string, row: number): RowCells {
    const sheet = this.book.sheets.find((s) => s.name === sheetName);
    if (!sheet) return { sheet: sheetName, row, headerRow: null, cells: [] };
    const id = RECORD_LEDGER_IDS.find((l) => this.result.workbook[l]?.sheet === sheetName);
    const ledger = id ? this.result.workbook[id] : undefined;
    const origin = parseCellAddress(sheet.topLeft ?? "A1") ?? { row: 1, column: 0 };
    const values = (r: number): readonly CellValue[] => sheet.values[r - origin.row] ?? [];
    const dateColumns = new Set<string>();
    const schema = LEDGER_SCHEMAS.find((s) => s.id === id);
    for (const [field, letter] of Object.entries(ledger?.columns ?? {})) {
      const kind = schema?.columns.find((c) => c.field === field)?.kind;
      if (letter && kind === "date") dateColumns.add(letter);
    }
    const headers = ledger ? values(ledger.headerRow) : [];
    // 单位信息 is keys and values in rows: a row keyed by a date's name holds a date.
    const dateRow =
      !ledger &&
      values(row).some((v) => typeof v === "string" && UNIT_INFO_DATE_KEYS.has(headerLabel(v)));
    const cells = values(row).flatMap((value, i) => {
      const column = columnLetter(origin.column + i);
      const header = headers[i] ?? "";
      if (value === "" && header === "") return [];
      const isDate = dateRow || dateColumns.has(column);
      return [{ column, header: headerLabel(header), value: shown(value, isDate) }];
    });
    return { sheet: sheetName, row, headerRow: ledger?.headerRow ?? null, cells };
  }

  /** The file's own 汇总表 (as the command line's roll-up reads it), else this check's figures. */
  rollup(checkedAt: string): FileAnswers["rollup"] {
    const locale = this.result.settings.locale;
    const t = checkerTranslator(locale);
    const file = fileBaseName(this.name);
    const own = rollupEntryOf(file, this.book.sheets, {
      noSummary: t("rollupNoSummary"),
      invalid: (detail) => t("rollupInvalid", { detail }),
    });
    if ("entry" in own) return own;
    if (summaryDataOfSheets(this.book.sheets).sheet !== null) return own;
    return { entry: { file, data: summaryData(this.result, { checkedAt, version: VERSION }) } };
  }
}

/** A file that could not be checked still answers the roll-up: with its own 汇总表, or why not. */
export async function rollupOfUnchecked(
  bytes: Uint8Array,
  name: string,
  locale: Locale
): Promise<FileAnswers["rollup"]> {
  const t = checkerTranslator(locale);
  const file = fileBaseName(name);
  try {
    const book = await readBookFromSource(bufferSource(bytes), name, streamZipEntryPortable);
    return rollupEntryOf(file, book.sheets, {
      noSummary: t("rollupNoSummary"),
      invalid: (detail) => t("rollupInvalid", { detail }),
    });
  } catch (error) {
    return { skipped: { file, reason: refusalOf(error, name).reason[locale] } };
  }
}
