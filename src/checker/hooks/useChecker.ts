import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TemplateOptions } from "../../engine/template";
import type { StoredSettings } from "../../excel/host";
import type { Notice } from "../../taskpane/model/notices";
import { checkerLocalized } from "../i18n/translate";
import { browserStore, loadFileSettings, saveFileSettings } from "../model/browserSettings";
import type { RowCells } from "../worker/protocol";
import { FileWorker } from "../worker/workerClient";
import { failureNotice, useDownloads } from "./useDownloads";
import type { FileEntry, FileStatus } from "../model/fileEntry";
import { type Finding, nearestLocale, type Locale } from "../../engine";

export interface RowView {
  cells: RowCells;
  /** The column the finding names, highlighted; null for a whole-row finding. */
  column: string | null;
}

export interface CheckerActions {
  addFiles(files: readonly File[]): void;
  cancel(key: string): void;
  remove(key: string): void;
  recheck(key: string): void;
  select(key: string): void;
  saveSettings(key: string, settings: StoredSettings): Promise<boolean>;
  downloadCopy(key: string): void;
  downloadSummary(key: string): void;
  showRow(key: string, finding: Finding): void;
  closeRow(): void;
  downloadTemplate(options: TemplateOptions): void;
  rollup(): void;
  setLanguage(locale: Locale): void;
  dismissNotice(): void;
}

export interface CheckerState {
  locale: Locale;
  files: FileEntry[];
  selected: string | null;
  /** A download or roll-up is being made. */
  busy: boolean;
  notice: Notice | null;
  row: RowView | null;
  actions: CheckerActions;
}

let nextKey = 1;

const LANGUAGE_KEY = "party-ledger-check:checker-language";

/**
 * Chinese first: the page opens in zh-CN unless the address asks for a language (`?lang=en-US`)
 * or the officer chose English here before.
 */
function initialLocale(): Locale {
  if (typeof window === "undefined") return "zh-CN";
  const asked = new URLSearchParams(window.location.search).get("lang");
  if (asked) return nearestLocale(asked);
  return nearestLocale(browserStore()?.getItem(LANGUAGE_KEY) ?? "zh-CN");
}

/**
 * The checker page's one place with side effects: the files, their workers (one at a time checks,
 * each kept afterwards to answer about its file), the settings kept per file name, downloads, the
 * language. Components get plain data and these callbacks.
 */
export function useChecker(): CheckerState {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [row, setRow] = useState<RowView | null>(null);
  const workers = useRef(new Map<string, FileWorker>());
  const blobs = useRef(new Map<string, File>());
  const queue = useRef<string[]>([]);
  /** The file being checked, with a token of its own run (a re-check of it is another run). */
  const running = useRef<{ key: string } | null>(null);
  const localeRef = useRef(locale);
  localeRef.current = locale;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Leaving the page ends every worker.
  useEffect(() => {
    const all = workers.current;
    return () => {
      for (const worker of all.values()) worker.dispose();
      all.clear();
    };
  }, []);

  const setStatus = useCallback((key: string, status: FileStatus): void => {
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, status } : f)));
  }, []);

  /** Starts the next waiting file, when none is being checked: one check at a time. */
  const pump = useCallback((): void => {
    if (running.current !== null) return;
    const key = queue.current.shift();
    const file = key === undefined ? undefined : blobs.current.get(key);
    if (key === undefined || !file) return;
    const run = { key };
    running.current = run;
    setStatus(key, { kind: "running", progress: null });
    const saved = loadFileSettings(browserStore(), file.name);
    const current = (): boolean => running.current === run;
    const done = (): void => {
      if (!current()) return;
      running.current = null;
      pump();
    };
    FileWorker.start(file, saved, localeRef.current, (progress) => {
      if (current()) setStatus(key, { kind: "running", progress });
    }).then(
      (worker) => {
        // Cancelled, removed or started again while its script was loading.
        if (!current()) {
          worker.dispose();
          return;
        }
        workers.current.set(key, worker);
        void worker.outcome.then((outcome) => {
          if (outcome.kind !== "cancelled" && current()) {
            setStatus(key, outcome);
            if (outcome.kind === "checked") setSelected((current) => current ?? key);
          }
          done();
        });
      },
      (error: unknown) => {
        if (!current()) return;
        const reason = error instanceof Error ? error.message : String(error);
        setStatus(key, {
          kind: "failed",
          reason: checkerLocalized("workerFailed", { file: file.name, reason }),
          summaryOnly: false,
        });
        done();
      }
    );
  }, [setStatus]);

  const addFiles = useCallback(
    (added: readonly File[]): void => {
      if (added.length === 0) return;
      const entries = added.map((file): FileEntry => {
        const key = `f${nextKey++}`;
        blobs.current.set(key, file);
        queue.current.push(key);
        return { key, name: file.name, size: file.size, status: { kind: "queued" } };
      });
      setNotice(null);
      setFiles((list) => [...list, ...entries]);
      pump();
    },
    [pump]
  );

  /** Ends the file's worker and takes it out of the queue; the next file may start. */
  const release = useCallback((key: string): void => {
    workers.current.get(key)?.dispose();
    workers.current.delete(key);
    queue.current = queue.current.filter((k) => k !== key);
    if (running.current?.key === key) running.current = null;
  }, []);

  const cancel = useCallback(
    (key: string): void => {
      workers.current.get(key)?.cancel();
      release(key);
      setStatus(key, { kind: "cancelled" });
      pump();
    },
    [pump, release, setStatus]
  );

  const remove = useCallback(
    (key: string): void => {
      release(key);
      blobs.current.delete(key);
      setFiles((list) => list.filter((f) => f.key !== key));
      setSelected((current) => (current === key ? null : current));
      pump();
    },
    [pump, release]
  );

  const recheck = useCallback(
    (key: string): void => {
      release(key);
      queue.current.push(key);
      setStatus(key, { kind: "queued" });
      pump();
    },
    [pump, release, setStatus]
  );

  const saveSettings = useCallback(
    (key: string, settings: StoredSettings): Promise<boolean> => {
      const file = blobs.current.get(key);
      if (!file) return Promise.resolve(false);
      saveFileSettings(browserStore(), file.name, settings);
      setNotice({
        intent: "success",
        lines: [checkerLocalized("settingsSavedRechecking", { file: file.name })],
      });
      recheck(key);
      return Promise.resolve(true);
    },
    [recheck]
  );

  const { busy, downloadCopy, downloadSummary, downloadTemplate, rollup } = useDownloads(
    files,
    workers,
    localeRef,
    setNotice
  );

  const showRow = useCallback((key: string, finding: Finding): void => {
    const worker = workers.current.get(key);
    if (!worker || finding.sheet === null || finding.row === null) return;
    worker.ask({ kind: "row", sheet: finding.sheet, row: finding.row }).then(
      (cells) => setRow({ cells, column: finding.column }),
      (error: unknown) => setNotice(failureNotice(error))
    );
  }, []);

  const actions = useMemo<CheckerActions>(
    () => ({
      addFiles,
      cancel,
      remove,
      recheck,
      select: setSelected,
      saveSettings,
      downloadCopy,
      downloadSummary,
      showRow,
      closeRow: () => setRow(null),
      downloadTemplate,
      rollup,
      setLanguage: (next: Locale) => {
        setLocale(next);
        try {
          browserStore()?.setItem(LANGUAGE_KEY, next);
        } catch {
          // A browser that keeps nothing still switches for this visit.
        }
      },
      dismissNotice: () => setNotice(null),
    }),
    [
      addFiles,
      cancel,
      remove,
      recheck,
      saveSettings,
      downloadCopy,
      downloadSummary,
      showRow,
      downloadTemplate,
      rollup,
    ]
  );

  return { locale, files, selected, busy, notice, row, actions };
}
