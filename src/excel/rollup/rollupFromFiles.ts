import { loadWorkbookClass, toLoadInput, type WorkbookConstructor } from "../export/loadExcelJs";
import { skipReason, type SkipReasonKey } from "./rollupMessages";
import { sniffWorkbookBytes } from "./sniffBytes";
import { unsafeZipReason } from "./zipGuard";
// Types only: the module itself (and ExcelJS behind it) is loaded on demand.
import type { readSummaryData } from "../../xlsx/summaryData";
import { HostError } from "../hostErrors";
import { type SheetModel } from "../../engine/workbook";
import {
  type Locale,
  buildRollup,
  type RollupEntry,
  type SkippedFile,
  chinaTimestamp,
} from "../../engine";

export interface ReceivedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RollupMeta {
  /** When the roll-up was made, as shown on it ("2025-01-15 10:30"); default: now, China Standard Time. */
  createdAt?: string;
  /** The product version shown on it. */
  version?: string;
}

export interface RollupResult {
  /** The roll-up's sheets; none when no file held a summary. */
  sheets: SheetModel[];
  /** Departments consolidated. */
  entries: number;
  skipped: SkippedFile[];
}

type Reading = { ok: true; entry: RollupEntry } | { ok: false; reason: SkipReasonKey };

interface Readers {
  Workbook: WorkbookConstructor;
  readSummaryData: typeof readSummaryData;
}

/** ExcelJS and the summary reader, loaded once; failing to load is the host's problem, not a file's. */
async function loadReaders(): Promise<Readers> {
  try {
    const [Workbook, summaryData] = await Promise.all([
      loadWorkbookClass(),
      import("../../xlsx/summaryData"),
    ]);
    return { Workbook, readSummaryData: summaryData.readSummaryData };
  } catch (error) {
    throw new HostError(
      "汇总组件加载失败，请检查网络连接后重新打开任务窗格再试。",
      "The roll-up component could not be loaded. Check the network connection, reopen the task pane and try again.",
      { cause: error }
    );
  }
}

async function readReceived(file: ReceivedFile, readers: Readers): Promise<Reading> {
  const sniffed = sniffWorkbookBytes(file.bytes) ?? (await unsafeZipReason(file.bytes));
  if (sniffed) return { ok: false, reason: sniffed };
  try {
    const workbook = new readers.Workbook();
    await workbook.xlsx.load(toLoadInput(file.bytes));
    const { result } = readers.readSummaryData(workbook);
    if (result.ok) return { ok: true, entry: { file: file.name, data: result.data } };
    return {
      ok: false,
      reason: result.reason === "absent" ? "noSummary" : "summaryDataUnreadable",
    };
  } catch {
    // ExcelJS throws on a zip that is no workbook; the file is then reported, not the error.
    return { ok: false, reason: "corrupt" };
  }
}

/**
 * 汇总各单位, as `party-ledger rollup` does: reads the 汇总表 data of each received workbook (checked
 * or exported) in the browser and builds the roll-up's sheets. A file that cannot be used is listed
 * in `skipped` with the reason in the officer's language, never dropped silently.
 */
export async function rollupFromFiles(
  files: readonly ReceivedFile[],
  locale: Locale,
  meta: RollupMeta = {}
): Promise<RollupResult> {
  const entries: RollupEntry[] = [];
  const skipped: SkippedFile[] = [];
  const readers = files.length > 0 ? await loadReaders() : null;
  for (const file of files) {
    if (!readers) break;
    const reading = await readReceived(file, readers);
    if (reading.ok) entries.push(reading.entry);
    else skipped.push({ file: file.name, reason: skipReason(reading.reason, locale) });
  }
  if (entries.length === 0) return { sheets: [], entries: 0, skipped };
  const sheets = buildRollup({
    entries,
    skipped,
    createdAt: meta.createdAt ?? chinaTimestamp(),
    version: meta.version ?? "",
    locale,
  });
  return { sheets, entries: entries.length, skipped };
}
