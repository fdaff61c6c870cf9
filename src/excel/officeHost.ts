import packageJson from "../../package.json";
import { browserStorage, currentWorkbook, watchCommandOutcomes } from "./commandOutcomeStore";
import { downloadBytes, paneCanDownload } from "./download";
import { exportSummaryWorkbook } from "./export";
import {
  ledgerFound,
  type CheckProgress,
  type ExcelHost,
  type HostCheckOutcome,
  type StoredSettings,
} from "./host";
import { applyHighlights } from "./mark/applyHighlights";
import { clearMarks } from "./mark/clearMarks";
import { officeHostError } from "./officeErrors";
import { isDarkColour, watchOfficeTheme } from "./officeTheme";
import { readLedgerSheets, type SkippedArea } from "./read/readLedgerSheets";
import { notesSupported } from "./requirements";
import { rollupFromFiles, writeRollupSheets, writeRollupWorkbook } from "./rollup";
import { selectRow } from "./select";
import { watchSelection } from "./selectionWatch";
import {
  loadAcknowledgements,
  loadStoredSettings,
  saveAcknowledgements,
  saveStoredSettings,
  toCheckOptions,
} from "./settings";
import type { SettingsStore } from "./settings/settingsStore";
import { removeSummarySheets, writeSummarySheet } from "./summary";
import { CheckCancelledError, NoLedgerError } from "./hostErrors";
import {
  type Acknowledgement,
  checkWorkbook,
  summarize,
  type CheckResult,
  nearestLocale,
  type Locale,
  type SummarySheet,
  type Localized,
  chinaTimestamp,
} from "../engine";

const VERSION = packageJson.version;

/** Settings where Office has none: nothing to read, and saving fails with Office's "failed". */
const UNAVAILABLE_SETTINGS: SettingsStore = {
  get: () => undefined,
  set: () => undefined,
  saveAsync: (callback) =>
    callback({ status: "failed", error: { message: "no document settings" } }),
};

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CheckCancelledError();
}

/** Reads the ledgers and runs the engine; used by a check and by an export made before any check. */
async function readAndCheck(
  context: Excel.RequestContext,
  settings: StoredSettings,
  acknowledgements: readonly Acknowledgement[],
  locale: Locale,
  onProgress: (progress: CheckProgress) => void,
  signal: AbortSignal
): Promise<{ result: CheckResult; protectedSheets: string[]; skipped: SkippedArea[] }> {
  onProgress({ stage: "read", done: 0, total: 1 });
  const { sheets, protectedSheets, skipped } = await readLedgerSheets(context, {
    signal,
    onProgress: (done, total) => onProgress({ stage: "read", done, total }),
  });
  throwIfCancelled(signal);
  onProgress({ stage: "check", done: 0, total: 1 });
  const result = checkWorkbook(sheets, toCheckOptions(settings, locale, acknowledgements));
  // Nothing to check: stop before any mark or 汇总表 is written, as the command line does.
  if (!ledgerFound(result)) throw new NoLedgerError();
  onProgress({ stage: "check", done: 1, total: 1 });
  return { result, protectedSheets, skipped };
}

/** The ExcelHost of the real add-in: every call is one Excel.run, errors become HostErrors. */
export function createOfficeHost(): ExcelHost {
  let lastSummary: SummarySheet | undefined;
  const prefersDark = (): boolean => isDarkColour(Office.context?.officeTheme?.bodyBackgroundColor);
  const locale = (): Locale => nearestLocale(Office.context?.displayLanguage);
  /**
   * The document's settings, or a store that holds nothing where Office gives none (a page opened
   * outside Office, a host without document settings): reading then gives the defaults, saving
   * says it cannot, and nothing throws inside the pane's effects.
   */
  const settingsStore = (): SettingsStore => {
    try {
      const settings: Office.Settings | undefined = Office.context?.document?.settings;
      if (settings) return settings;
    } catch {
      // Falls through to the store that holds nothing.
    }
    return UNAVAILABLE_SETTINGS;
  };
  const run = async <T>(
    action: Localized,
    body: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> => {
    try {
      return await Excel.run(body);
    } catch (error) {
      if (error instanceof CheckCancelledError) throw error;
      throw officeHostError(error, action);
    }
  };

  return {
    displayLanguage: () => Office.context?.displayLanguage ?? "zh-CN",
    prefersDark,

    watchTheme(listener) {
      if (typeof window === "undefined") return watchOfficeTheme(prefersDark, listener);
      return watchOfficeTheme(prefersDark, listener, {
        window,
        document,
        ...(typeof window.matchMedia === "function"
          ? { prefersColorScheme: window.matchMedia("(prefers-color-scheme: dark)") }
          : {}),
      });
    },

    runCheck(settings, onProgress, signal) {
      return run({ "zh-CN": "检查台账", "en-US": "checking the ledgers" }, async (context) => {
        const { result, protectedSheets, skipped } = await readAndCheck(
          context,
          settings,
          loadAcknowledgements(settingsStore()),
          locale(),
          onProgress,
          signal
        );
        // The last point a cancellation leaves the workbook untouched; marking then runs to its end.
        throwIfCancelled(signal);
        const notes = notesSupported();
        onProgress({ stage: "mark", done: 0, total: 1 });
        const applied = await applyHighlights(context, result.highlights, {
          notes,
          skipSheets: protectedSheets,
        });
        onProgress({ stage: "summary", done: 0, total: 1 });
        const summary = summarize(result, {
          checkedAt: chinaTimestamp(),
          version: VERSION,
          locale: locale(),
        });
        const summarySheet = await writeSummarySheet(context, summary);
        lastSummary = summary;
        onProgress({ stage: "summary", done: 1, total: 1 });
        const outcome: HostCheckOutcome = {
          result,
          summarySheet,
          notesWritten: notes,
          notesSkipped: applied.notesSkipped,
          skippedSheets: applied.skippedSheets,
          readSkipped: skipped,
        };
        return outcome;
      });
    },

    clearMarks() {
      return run({ "zh-CN": "清除标记", "en-US": "clearing the marks" }, async (context) => {
        const cleared = await clearMarks(context);
        const summaryRemoved = await removeSummarySheets(context);
        lastSummary = undefined;
        return { ...cleared, summaryRemoved };
      });
    },

    selectRow(sheet, row, column) {
      return run({ "zh-CN": "定位到台账行", "en-US": "going to the ledger row" }, (context) =>
        selectRow(context, sheet, row, column)
      );
    },

    async insertTemplate() {
      const stored = loadStoredSettings(settingsStore());
      // Loaded when asked for: the template's model and writer are a fair part of the pane's
      // first download and most sessions never insert it.
      const [{ buildTemplateModel }, { insertTemplateSheets }] = await Promise.all([
        import("../engine/template"),
        import("./template"),
      ]);
      const model = buildTemplateModel({
        ...(stored.year !== undefined ? { year: stored.year } : {}),
        locale: locale(),
      });
      return run({ "zh-CN": "插入标准模板", "en-US": "inserting the template" }, (context) =>
        insertTemplateSheets(context, model)
      );
    },

    async exportSummary() {
      let summary = lastSummary;
      if (!summary) {
        // No check in this session yet: build the summary from the ledgers as they stand, unmarked.
        const stored = loadStoredSettings(settingsStore());
        summary = await run(
          { "zh-CN": "生成汇总表", "en-US": "building the summary" },
          async (context) => {
            const { result } = await readAndCheck(
              context,
              stored,
              loadAcknowledgements(settingsStore()),
              locale(),
              () => undefined,
              new AbortController().signal
            );
            return summarize(result, {
              checkedAt: chinaTimestamp(),
              version: VERSION,
              locale: locale(),
            });
          }
        );
      }
      return exportSummaryWorkbook(
        summary,
        async (base64) => {
          await Excel.createWorkbook(base64);
        },
        paneCanDownload() ? downloadBytes : null
      );
    },

    async rollup(files) {
      const read = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        }))
      );
      const built = await rollupFromFiles(read, locale(), {
        createdAt: chinaTimestamp(),
        version: VERSION,
      });
      if (built.sheets.length === 0) {
        return { sheets: [], departments: 0, skipped: built.skipped };
      }
      const written = await writeRollupWorkbook(
        built.sheets,
        async (base64) => {
          await Excel.createWorkbook(base64);
        },
        (models) =>
          run({ "zh-CN": "写入汇总", "en-US": "writing the roll-up" }, (context) =>
            writeRollupSheets(context, models)
          )
      );
      return { sheets: written.sheets, departments: built.entries, skipped: built.skipped };
    },

    watchCommandOutcomes(listener) {
      const events = typeof window === "undefined" ? undefined : window;
      return watchCommandOutcomes(browserStorage(), currentWorkbook(), events, listener);
    },

    watchSelection(listener) {
      return watchSelection(listener);
    },

    loadSettings() {
      return Promise.resolve(loadStoredSettings(settingsStore()));
    },

    saveSettings(settings) {
      return saveStoredSettings(settingsStore(), settings);
    },

    loadAcknowledgements() {
      return Promise.resolve(loadAcknowledgements(settingsStore()));
    },

    saveAcknowledgements(acknowledgements) {
      return saveAcknowledgements(settingsStore(), acknowledgements);
    },
  };
}
