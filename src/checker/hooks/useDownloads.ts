import { useCallback, useState, type MutableRefObject } from "react";
import packageJson from "../../../package.json";
import type { TemplateOptions } from "../../engine/template";
import { downloadBytes } from "../../excel/download";
import { errorNotice, type Notice } from "../../taskpane/model/notices";
import { addinReference } from "../addinReference";
import { checkerLocalized } from "../i18n/translate";
import { runBookJob, WorkerRefusal, type FileWorker } from "../worker/workerClient";
import type { FileEntry } from "../model/fileEntry";
import { chinaTimestamp, type Locale } from "../../engine";

const VERSION = packageJson.version;

/** What the page tells about a failed action: a worker's reason, or the pane's wording of an error. */
export function failureNotice(error: unknown): Notice {
  if (error instanceof WorkerRefusal) return { intent: "error", lines: [error.reason] };
  return errorNotice(error, "checkAction");
}

/** The catalog the add-in is deployed from, as the page's deployment states it (checker.html). */
function deployedCatalog(): string | null {
  if (typeof document === "undefined") return null;
  return (
    document.querySelector('meta[name="party-ledger-addin-catalog"]')?.getAttribute("content") ??
    null
  );
}

export interface Downloads {
  /** A download or roll-up is being made. */
  busy: boolean;
  downloadCopy(key: string): void;
  downloadSummary(key: string): void;
  downloadTemplate(options: TemplateOptions): void;
  rollup(): void;
}

/**
 * What the page hands the browser to save: a file's checked copy and its 汇总表 (asked of the file's
 * worker), the template and the roll-up (made in a book worker). One at a time; each says how it
 * went in the page's notice.
 */
export function useDownloads(
  files: readonly FileEntry[],
  workers: MutableRefObject<Map<string, FileWorker>>,
  localeRef: MutableRefObject<Locale>,
  setNotice: (notice: Notice | null) => void
): Downloads {
  const [busy, setBusy] = useState(false);

  /** Runs one download or roll-up with the others held back, and says how it went. */
  const work = useCallback((job: () => Promise<Notice>): void => {
    setBusy(true);
    setNotice(null);
    job()
      .then(setNotice, (error: unknown) => setNotice(failureNotice(error)))
      .finally(() => setBusy(false));
  }, []);

  const downloadCopy = useCallback(
    (key: string): void => {
      const worker = workers.current.get(key);
      const entry = files.find((f) => f.key === key);
      if (!worker || entry?.status.kind !== "checked") return;
      const { settings } = entry.status.checked;
      work(async () => {
        const copy = await worker.ask({
          kind: "copy",
          settings,
          reference: addinReference(deployedCatalog()),
          checkedAt: chinaTimestamp(),
        });
        downloadBytes(copy.bytes, copy.name);
        return { intent: "success", lines: [checkerLocalized("downloaded", { file: copy.name })] };
      });
    },
    [files, workers, work]
  );

  const downloadSummary = useCallback(
    (key: string): void => {
      const worker = workers.current.get(key);
      if (!worker) return;
      work(async () => {
        const model = await worker.ask({ kind: "summary", checkedAt: chinaTimestamp() });
        const book = await runBookJob({ kind: "summaryBook", model });
        downloadBytes(book.bytes, book.name);
        return { intent: "success", lines: [checkerLocalized("downloaded", { file: book.name })] };
      });
    },
    [workers, work]
  );

  const downloadTemplate = useCallback(
    (options: TemplateOptions): void => {
      work(async () => {
        const bytes = await runBookJob({
          kind: "template",
          options: { ...options, locale: localeRef.current },
        });
        const name = `党建台账标准模板${options.year !== undefined ? `-${options.year}` : ""}.xlsx`;
        downloadBytes(bytes, name);
        return { intent: "success", lines: [checkerLocalized("downloaded", { file: name })] };
      });
    },
    [work]
  );

  const rollup = useCallback((): void => {
    const keys = files.map((f) => f.key).filter((key) => workers.current.has(key));
    if (keys.length === 0) {
      setNotice({ intent: "warning", lines: [checkerLocalized("rollupNothing")] });
      return;
    }
    work(async () => {
      const createdAt = chinaTimestamp();
      const readings = await Promise.all(
        keys.map((key) => workers.current.get(key)?.ask({ kind: "rollup", checkedAt: createdAt }))
      );
      const made = await runBookJob({
        kind: "rollupBook",
        readings: readings.flatMap((r) => (r ? [r] : [])),
        createdAt,
        version: VERSION,
        locale: localeRef.current,
      });
      const skippedLines = made.skipped.map((s) =>
        checkerLocalized("rollupSkipped", { file: s.file, reason: s.reason })
      );
      if (!made.bytes) {
        return { intent: "warning", lines: [checkerLocalized("rollupNothing"), ...skippedLines] };
      }
      const name = `各单位汇总-${createdAt.slice(0, 10)}.xlsx`;
      downloadBytes(made.bytes, name);
      return {
        intent: made.skipped.length > 0 ? "warning" : "success",
        lines: [
          checkerLocalized("rollupDone", { file: name, count: made.departments }),
          ...skippedLines,
        ],
      };
    });
  }, [files, workers, work]);

  return { busy, downloadCopy, downloadSummary, downloadTemplate, rollup };
}
