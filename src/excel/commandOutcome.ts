import type { Localized, Severity } from "../engine";

/** Why a sheet was left unmarked. */
export type SkipReason = "protected" | "missing";

/** The ribbon's function commands, by the FunctionName the manifest gives each. */
export const COMMAND_NAMES = ["runCheck", "clearMarks"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * What a ribbon command did, kept so the task pane can say so when it is next opened: a function
 * command has no surface of its own to show a message on.
 */
export interface CommandOutcome {
  command: CommandName;
  ok: boolean;
  /** ISO 8601 time the command finished. */
  at: string;
  message: Localized;
  /** Findings by severity, after a check. */
  totals?: Record<Severity, number>;
  /** The sheet the 汇总表 was written to, after a check. */
  summarySheet?: string;
  skippedSheets?: { sheet: string; reason: SkipReason }[];
}
