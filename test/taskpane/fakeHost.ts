import { toCheckOptions } from "../../src/excel/settings";
import type { CommandOutcome, SkipReason } from "../../src/excel/commandOutcome";
import type { SkippedArea } from "../../src/excel/read/readLedgerSheets";
import {
  ledgerFound,
  type CheckProgress,
  type CheckStage,
  type ClearOutcome,
  type ExcelHost,
  type HostCheckOutcome,
  type RollupOutcome,
  type StoredSettings,
  type TemplateOutcome,
} from "../../src/excel/host";
import { CheckCancelledError, NoLedgerError } from "../../src/excel/hostErrors";
import { type SheetInput, checkWorkbook, type CheckOptions } from "../../src/engine";

const STAGES: readonly CheckStage[] = ["read", "check", "mark", "summary"];

type HostMethod =
  | "runCheck"
  | "clearMarks"
  | "selectRow"
  | "insertTemplate"
  | "exportSummary"
  | "rollup"
  | "loadSettings"
  | "saveSettings";

export interface FakeHostOptions {
  sheets: readonly SheetInput[];
  /** Options the fixture is checked with (its as-of day), under the stored settings. */
  baseOptions?: CheckOptions;
  displayLanguage?: string;
  dark?: boolean;
  stored?: StoredSettings;
  notesWritten?: boolean;
  skippedSheets?: { sheet: string; reason: SkipReason }[];
  readSkipped?: SkippedArea[];
  /** When true, each stage waits for advance(); otherwise stages run on their own. */
  manual?: boolean;
  /** What a ribbon command left for the pane, handed out once. */
  commandOutcome?: CommandOutcome;
}

/**
 * An ExcelHost without Excel: runCheck runs the real engine on a fixture's grids and reports the
 * four stages; every call is recorded, and any method can be made to fail once.
 */
export class FakeHost implements ExcelHost {
  readonly calls: { method: HostMethod; args: unknown[] }[] = [];
  readonly progress: CheckProgress[] = [];
  stored: StoredSettings;
  private readonly failures = new Map<HostMethod, unknown>();
  private waiting: (() => void)[] = [];

  constructor(private readonly options: FakeHostOptions) {
    this.stored = options.stored ?? {};
    this.pendingOutcome = options.commandOutcome ?? null;
  }

  /** The next call of `method` rejects with `error`. */
  failNext(method: HostMethod, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Lets a manual check move on to its next stage. */
  advance(): void {
    const next = this.waiting.shift();
    next?.();
  }

  /** How many stages are waiting for advance(). */
  get pending(): number {
    return this.waiting.length;
  }

  callsOf(method: HostMethod): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  displayLanguage(): string {
    return this.options.displayLanguage ?? "zh-CN";
  }

  private dark: boolean | undefined;
  private themeListeners = new Set<(dark: boolean) => void>();

  prefersDark(): boolean {
    return this.dark ?? this.options.dark ?? false;
  }

  watchTheme(listener: (dark: boolean) => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  /** The user switching Office's theme while the pane is open. */
  setTheme(dark: boolean): void {
    this.dark = dark;
    for (const listener of this.themeListeners) listener(dark);
  }

  private pendingOutcome: CommandOutcome | null;
  private outcomeListeners = new Set<(outcome: CommandOutcome) => void>();

  watchCommandOutcomes(listener: (outcome: CommandOutcome) => void): () => void {
    this.outcomeListeners.add(listener);
    const pending = this.pendingOutcome;
    this.pendingOutcome = null;
    if (pending) listener(pending);
    return () => this.outcomeListeners.delete(listener);
  }

  /** A ribbon command finishing on this workbook: open panes hear of it, else the next one. */
  emitCommandOutcome(outcome: CommandOutcome): void {
    if (this.outcomeListeners.size === 0) this.pendingOutcome = outcome;
    for (const listener of this.outcomeListeners) listener(outcome);
  }

  /** Whether an outcome still waits for a pane. */
  get outcomePending(): boolean {
    return this.pendingOutcome !== null;
  }

  private enter(method: HostMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  private waitForStage(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const go = (): void => (signal.aborted ? reject(new CheckCancelledError()) : resolve());
      if (this.options.manual) {
        this.waiting.push(go);
        signal.addEventListener("abort", () => {
          this.waiting = this.waiting.filter((waiter) => waiter !== go);
          reject(new CheckCancelledError());
        });
      } else {
        setTimeout(go, 0);
      }
    });
  }

  async runCheck(
    settings: StoredSettings,
    onProgress: (progress: CheckProgress) => void,
    signal: AbortSignal
  ): Promise<HostCheckOutcome> {
    this.enter("runCheck", [settings]);
    const cells = this.options.sheets.reduce(
      (sum, sheet) => sum + sheet.values.reduce((rows, row) => rows + row.length, 0),
      0
    );
    for (const stage of STAGES) {
      await this.waitForStage(signal);
      const total = stage === "read" ? cells : STAGES.length;
      // Half-way and no further, so a paused stage shows a partly filled bar.
      for (const done of [0, Math.ceil(total / 2)]) {
        const progress = { stage, done, total };
        this.progress.push(progress);
        onProgress(progress);
      }
    }
    // One more step after the last stage, so a manual test can see the summary stage on screen.
    await this.waitForStage(signal);
    const result = checkWorkbook(this.options.sheets, {
      ...this.options.baseOptions,
      // The adapter's own mapping, so the fake steers the engine exactly as Excel would.
      ...toCheckOptions(settings, "zh-CN"),
    });
    // As the Office.js host: no ledger, nothing written, and the pane is told why.
    if (!ledgerFound(result)) throw new NoLedgerError();
    return {
      result,
      summarySheet: "汇总表",
      notesWritten: this.options.notesWritten ?? true,
      notesSkipped: [],
      skippedSheets: this.options.skippedSheets ?? [],
      readSkipped: this.options.readSkipped ?? [],
    };
  }

  async clearMarks(): Promise<ClearOutcome> {
    this.enter("clearMarks", []);
    return {
      sheets: ["三会一课台账", "党费台账"],
      marks: 12,
      notes: 12,
      summaryRemoved: true,
      skippedSheets: [],
    };
  }

  async selectRow(sheet: string, row: number, column: string | null): Promise<void> {
    this.enter("selectRow", [sheet, row, column]);
  }

  async insertTemplate(): Promise<TemplateOutcome> {
    this.enter("insertTemplate", []);
    return { inserted: ["党课台账", "培训台账"], existing: ["会议台账"] };
  }

  async exportSummary(): Promise<"opened" | "downloaded"> {
    this.enter("exportSummary", []);
    return "downloaded";
  }

  async rollup(files: readonly File[]): Promise<RollupOutcome> {
    this.enter("rollup", [files.map((file) => file.name)]);
    return { sheets: ["各单位汇总"], departments: files.length, skipped: [] };
  }

  async loadSettings(): Promise<StoredSettings> {
    this.enter("loadSettings", []);
    return this.stored;
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    this.enter("saveSettings", [settings]);
    this.stored = settings;
  }
}
