import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckProgress, ExcelHost, HostCheckOutcome, StoredSettings } from "../../excel/host";
import type { MessageKey } from "../i18n/messages";
import {
  checkNotice,
  clearNotice,
  errorNotice,
  commandOutcomeNotice,
  exportNotice,
  isCancellation,
  localized,
  rollupNotice,
  templateNotice,
  type Notice,
} from "../model/notices";
import { NoLedgerError } from "../../excel/hostErrors";
import { type Finding, nearestLocale, type Locale } from "../../engine";

export type CheckStatus =
  | { kind: "idle" }
  | { kind: "running"; progress: CheckProgress | null }
  | { kind: "done" }
  | { kind: "cancelled" }
  | { kind: "error" };

/** The secondary actions, which also keep every other action disabled while they run. */
export type BusyAction = "clear" | "template" | "export" | "rollup" | "settings";

export interface LedgerActions {
  start(): void;
  cancel(): void;
  clear(): void;
  insertTemplate(): void;
  exportSummary(): void;
  rollup(files: readonly File[]): void;
  selectFinding(finding: Finding): void;
  /** Resolves true once saved, false when saving failed (the notice says why). */
  saveSettings(settings: StoredSettings): Promise<boolean>;
  setLanguage(locale: Locale): void;
  dismissNotice(): void;
}

export interface LedgerCheckState {
  locale: Locale;
  status: CheckStatus;
  busy: BusyAction | null;
  /** Whether any action may start now (no check and no other action running). */
  ready: boolean;
  outcome: HostCheckOutcome | null;
  settings: StoredSettings;
  notice: Notice | null;
  actions: LedgerActions;
}

const isXlsx = (file: File): boolean => file.name.toLowerCase().endsWith(".xlsx");

/**
 * The one place the pane has side effects: it owns the host, the running check's AbortController,
 * the settings and the language, and hands components plain data and callbacks.
 */
export function useLedgerCheck(host: ExcelHost): LedgerCheckState {
  const [locale, setLocale] = useState<Locale>(() => nearestLocale(host.displayLanguage()));
  const [status, setStatus] = useState<CheckStatus>({ kind: "idle" });
  const [busy, setBusy] = useState<BusyAction | null>(null);
  const [outcome, setOutcome] = useState<HostCheckOutcome | null>(null);
  const [settings, setSettings] = useState<StoredSettings>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  // A ref, not state, guards against a second start before React re-renders the disabled buttons.
  const inFlight = useRef(false);

  // What a ribbon command (一键检查, 清除标记) did on this workbook: one run while the pane was
  // closed, on opening; one run while it is open, as it lands. Either changed the marks the pane's
  // results describe, so those results go unless a check of the pane's own is running.
  useEffect(
    () =>
      host.watchCommandOutcomes((outcome) => {
        setNotice(commandOutcomeNotice(outcome));
        if (!inFlight.current) {
          setOutcome(null);
          setStatus({ kind: "idle" });
        }
      }),
    [host]
  );
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The settings a check uses: a ref so a check started before loading finishes still waits for them.
  const settingsRef = useRef<StoredSettings>({});
  const loaded = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    loaded.current = host.loadSettings().then(
      (stored) => {
        if (!live) return;
        settingsRef.current = stored;
        setSettings(stored);
      },
      (error: unknown) => {
        if (!live) return;
        const message = error instanceof Error ? error.message : String(error);
        setNotice({ intent: "warning", lines: [localized("settingsLoadFailed", { message })] });
      }
    );
    return () => {
      live = false;
    };
  }, [host]);

  // Closing the pane mid-check stops the check rather than leaving it writing unseen.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback((): void => {
    if (inFlight.current) return;
    inFlight.current = true;
    const abort = new AbortController();
    controller.current = abort;
    setNotice(null);
    setStatus({ kind: "running", progress: null });
    const onProgress = (progress: CheckProgress): void => {
      if (!abort.signal.aborted) setStatus({ kind: "running", progress });
    };
    loaded.current
      .then(() => host.runCheck(settingsRef.current, onProgress, abort.signal))
      .then(
        (result) => {
          setOutcome(result);
          setStatus({ kind: "done" });
          setNotice(checkNotice(result));
        },
        (error: unknown) => {
          if (isCancellation(error, abort.signal)) {
            setStatus({ kind: "cancelled" });
            setNotice({ intent: "info", lines: [localized("cancelled")] });
          } else {
            // Results of an earlier check no longer describe a workbook without ledgers.
            if (error instanceof NoLedgerError) setOutcome(null);
            setStatus({ kind: "error" });
            setNotice(errorNotice(error, "checkAction"));
          }
        }
      )
      .finally(() => {
        controller.current = null;
        inFlight.current = false;
      });
  }, [host]);

  const cancel = useCallback((): void => controller.current?.abort(), []);

  /** Runs one secondary action with every other action disabled, and reports its outcome. */
  const runAction = useCallback(
    <T>(
      action: BusyAction,
      label: MessageKey,
      work: () => Promise<T>,
      report: (value: T) => Notice
    ) => {
      if (inFlight.current) return Promise.resolve(false);
      inFlight.current = true;
      setBusy(action);
      setNotice(null);
      return work()
        .then(
          (value) => {
            setNotice(report(value));
            return true;
          },
          (error: unknown) => {
            setNotice(errorNotice(error, label));
            return false;
          }
        )
        .finally(() => {
          inFlight.current = false;
          setBusy(null);
        });
    },
    []
  );

  // Clearing and inserting the template change what a check would find: the last results (its
  // findings, its "missing sheet" bars) no longer describe the workbook, so they go.
  const clear = useCallback((): void => {
    void runAction(
      "clear",
      "clearMarks",
      () => host.clearMarks(),
      (cleared) => {
        setOutcome(null);
        setStatus({ kind: "idle" });
        return clearNotice(cleared);
      }
    );
  }, [host, runAction]);

  const insertTemplate = useCallback((): void => {
    void runAction(
      "template",
      "insertTemplate",
      () => host.insertTemplate(),
      (inserted) => {
        if (inserted.inserted.length > 0) {
          setOutcome(null);
          setStatus({ kind: "idle" });
        }
        return templateNotice(inserted);
      }
    );
  }, [host, runAction]);

  const exportSummary = useCallback((): void => {
    void runAction("export", "exportSummary", () => host.exportSummary(), exportNotice);
  }, [host, runAction]);

  const rollup = useCallback(
    (files: readonly File[]): void => {
      const workbooks = files.filter(isXlsx);
      if (workbooks.length === 0) {
        setNotice({ intent: "warning", lines: [localized("rollupNoFiles")] });
        return;
      }
      void runAction("rollup", "rollup", () => host.rollup(workbooks), rollupNotice);
    },
    [host, runAction]
  );

  const selectFinding = useCallback(
    (finding: Finding): void => {
      if (finding.sheet === null || finding.row === null) return;
      host.selectRow(finding.sheet, finding.row, finding.column).catch((error: unknown) => {
        setNotice(errorNotice(error, "selectFailed"));
      });
    },
    [host]
  );

  const saveSettings = useCallback(
    (next: StoredSettings): Promise<boolean> =>
      runAction(
        "settings",
        "saveSettingsAction",
        async () => {
          await host.saveSettings(next);
          settingsRef.current = next;
          setSettings(next);
        },
        () => ({ intent: "success", lines: [localized("settingsSaved")] })
      ),
    [host, runAction]
  );

  const dismissNotice = useCallback((): void => setNotice(null), []);

  const actions = useMemo<LedgerActions>(
    () => ({
      start,
      cancel,
      clear,
      insertTemplate,
      exportSummary,
      rollup,
      selectFinding,
      saveSettings,
      setLanguage: setLocale,
      dismissNotice,
    }),
    [
      start,
      cancel,
      clear,
      insertTemplate,
      exportSummary,
      rollup,
      selectFinding,
      saveSettings,
      dismissNotice,
    ]
  );

  return {
    locale,
    status,
    busy,
    ready: status.kind !== "running" && busy === null,
    outcome,
    settings,
    notice,
    actions,
  };
}
