import type { CommandOutcome, SkipReason } from "./commandOutcome";
import type { SkippedArea } from "./read/readLedgerSheets";
import {
  type CheckResult,
  RECORD_LEDGER_IDS,
  type DuesRounding,
  type RuleSetting,
  type Frequency,
  type RuleId,
} from "../engine";

/**
 * What the task pane and the ribbon commands ask of Excel. The Office.js adapter implements it;
 * components never call Office.js — a hook holds an ExcelHost and passes actions down as props,
 * and tests give the hook a fake host.
 */

/** The stages a check goes through, named in the pane's progress bar (读取、检查、标记、汇总). */
export type CheckStage = "read" | "check" | "mark" | "summary";

export interface CheckProgress {
  stage: CheckStage;
  /** Work done and total within the stage (cells, rows or sheets), for a determinate bar. */
  done: number;
  total: number;
}

export interface HostCheckOutcome {
  result: CheckResult;
  /** The name the 汇总表 was written under ("汇总表", or "汇总表（检查结果）" beside a user's own). */
  summarySheet: string;
  /** Whether notes were written (Notes API, ExcelApi 1.18); otherwise reasons stay in the pane and summary. */
  notesWritten: boolean;
  /** Rows left without their note: every cell of the row holds a threaded comment. */
  notesSkipped: { sheet: string; row: number }[];
  skippedSheets: { sheet: string; reason: SkipReason }[];
  /** What lies on ledger sheets outside what was read (values right of a ledger, unreadable merges). */
  readSkipped: SkippedArea[];
}

export interface ClearOutcome {
  sheets: string[];
  marks: number;
  notes: number;
  summaryRemoved: boolean;
  skippedSheets: { sheet: string; reason: SkipReason }[];
}

export interface TemplateOutcome {
  inserted: string[];
  /** Standard sheets that already existed and were left as they are. */
  existing: string[];
}

export interface RollupOutcome {
  /** The sheets written into a new workbook (or this one when a new one cannot be opened). */
  sheets: string[];
  departments: number;
  skipped: { file: string; reason: string }[];
}

/** Settings kept in the workbook (workbook.settings) so a distributed template carries them. */
export interface StoredSettings {
  asOf?: string;
  year?: number;
  lectureFrequency?: Frequency;
  duesRounding?: DuesRounding;
  reminderDays?: number;
  rules?: Partial<Record<RuleId, Pick<RuleSetting, "enabled" | "severity">>>;
}

export interface ExcelHost {
  /** Office's display language ("zh-CN", "en-US" …), for the pane's default language. */
  displayLanguage(): string;
  /** Whether Office's theme is dark, when the host tells. */
  prefersDark(): boolean;
  /** Calls `listener` whenever Office's theme turns dark or light; returns the unsubscribe. */
  watchTheme(listener: (dark: boolean) => void): () => void;
  runCheck(
    settings: StoredSettings,
    onProgress: (progress: CheckProgress) => void,
    signal: AbortSignal
  ): Promise<HostCheckOutcome>;
  clearMarks(): Promise<ClearOutcome>;
  /** Selects a ledger row (or one cell of it) and brings its sheet to the front. */
  selectRow(sheet: string, row: number, column: string | null): Promise<void>;
  insertTemplate(): Promise<TemplateOutcome>;
  /** Opens the 汇总表 alone in a new workbook, or downloads it where that is not possible. */
  exportSummary(): Promise<"opened" | "downloaded">;
  rollup(files: readonly File[]): Promise<RollupOutcome>;
  /**
   * What the ribbon's commands (一键检查, 清除标记) do on this workbook: one left since the pane last
   * looked, at once, then each new one while the pane is open; every outcome is handed out once.
   * Returns the unsubscribe.
   */
  watchCommandOutcomes(listener: (outcome: CommandOutcome) => void): () => void;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: StoredSettings): Promise<void>;
}

/** Whether the engine recognised any ledger made of rows, as the command line requires too. */
export function ledgerFound(result: CheckResult): boolean {
  return RECORD_LEDGER_IDS.some((ledger) => result.workbook[ledger] !== undefined);
}
