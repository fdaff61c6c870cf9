import type { TemplateOptions } from "../../engine/template";
import type { StoredSettings } from "../../excel/host";
import type { AddinReference } from "../../xlsx/package/addinSettings";
import {
  type CheckResult,
  type Locale,
  type Localized,
  type RollupEntry,
  type SkippedFile,
  type SummarySheet,
} from "../../engine";

/**
 * The messages between the page and its workers. A check worker reads and checks one file, then
 * keeps it to answer questions about it (its checked copy, a row's cells, its roll-up figures) until
 * the page lets it go; cancelling a check ends its worker. A book worker makes the workbooks the
 * page builds with ExcelJS (template, summary alone, roll-up).
 */

/** The stages a check on the page goes through (the pane's words: 读取、检查、汇总). */
export type PageStage = "read" | "check" | "summary";

export interface PageProgress {
  stage: PageStage;
  done: number;
  /** 0 while the stage's size is unknown (an indeterminate bar). */
  total: number;
}

/** Where the settings a check used came from. */
export type SettingsSource = "browser" | "workbook" | "defaults";

export interface CheckRequest {
  kind: "check";
  file: Blob;
  name: string;
  /** The settings this browser keeps for the file's name, or null for none. */
  saved: StoredSettings | null;
  locale: Locale;
}

/** What the page shows of a check: the result the results view reads, and how it came about. */
export interface CheckedFile {
  /** The check's result, its ledgers' records and highlight plan left in the worker. */
  result: CheckResult;
  settings: StoredSettings;
  source: SettingsSource;
  /** The checked copy's file name ("台账.checked.xlsx"; an .xlsm stays .xlsm). */
  copyName: string;
}

export type CheckReply =
  | { kind: "progress"; progress: PageProgress }
  | { kind: "checked"; checked: CheckedFile }
  /** The file could not be checked: the reason as the command line words it, or no ledger. */
  | { kind: "failed"; reason: Localized; summaryOnly: boolean };

/** A row's cells as the sheet holds them, for the page to show where there is no Excel to go to. */
export interface RowCells {
  sheet: string;
  row: number;
  /** The ledger's header row, when the sheet was read as a ledger. */
  headerRow: number | null;
  cells: { column: string; header: string; value: string }[];
}

export type FileQuestion =
  | { kind: "copy"; settings: StoredSettings; reference: AddinReference; checkedAt: string }
  | { kind: "summary"; checkedAt: string }
  | { kind: "row"; sheet: string; row: number }
  | { kind: "rollup"; checkedAt: string };

export interface FileAnswers {
  copy: { bytes: Uint8Array; name: string };
  summary: SummarySheet;
  row: RowCells;
  /** The file's own 汇总表 figures, else this page's check's; or why it cannot be rolled up. */
  rollup: { entry: RollupEntry } | { skipped: SkippedFile };
}

export type BookJob =
  | { kind: "template"; options: TemplateOptions }
  | { kind: "summaryBook"; model: SummarySheet }
  | {
      kind: "rollupBook";
      readings: ({ entry: RollupEntry } | { skipped: SkippedFile })[];
      createdAt: string;
      version: string;
      locale: Locale;
    };

export interface BookAnswers {
  template: Uint8Array;
  summaryBook: { bytes: Uint8Array; name: string };
  rollupBook: { bytes: Uint8Array | null; departments: number; skipped: SkippedFile[] };
}

/** A question with the id its answer carries back. */
export type Asked<Q> = Q & { id: number };

export type Answer =
  | { kind: "answer"; id: number; value: unknown }
  | { kind: "refused"; id: number; reason: Localized };
