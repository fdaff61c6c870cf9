import type { CommandOutcome } from "../../excel/commandOutcome";
import type {
  ClearOutcome,
  HostCheckOutcome,
  RollupOutcome,
  TemplateOutcome,
} from "../../excel/host";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { CheckCancelledError, HostError, NoLedgerError } from "../../excel/hostErrors";
import {
  localTimestamp,
  formatTemplate,
  LOCALES,
  type Localized,
  type MessageData,
} from "../../engine";

export type NoticeIntent = "success" | "info" | "warning" | "error";

/** An action a notice offers as a button, where it is the way out of what the notice reports. */
export type NoticeAction = "insertTemplate";

/** What the pane tells the user after an action, in both languages so a language switch re-renders it. */
export interface Notice {
  intent: NoticeIntent;
  lines: Localized[];
  action?: NoticeAction;
}

/** One message in both languages, with its data filled in. */
export function localized(key: MessageKey, data: MessageData = {}): Localized {
  const text = MESSAGES[key];
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, formatTemplate(text[locale], data, locale)])
  ) as Localized;
}

/** Names in both languages' list style, for a message's data. */
function listBoth(names: readonly string[]): Localized {
  return { "zh-CN": names.join("、"), "en-US": names.join(", ") };
}

/** A message whose data holds a list, joined the way each language does. */
function withList(
  key: MessageKey,
  field: string,
  names: readonly string[],
  data: MessageData = {}
): Localized {
  const joined = listBoth(names);
  return {
    "zh-CN": formatTemplate(MESSAGES[key]["zh-CN"], { ...data, [field]: joined["zh-CN"] }, "zh-CN"),
    "en-US": formatTemplate(MESSAGES[key]["en-US"], { ...data, [field]: joined["en-US"] }, "en-US"),
  };
}

function skippedLines(skipped: HostCheckOutcome["skippedSheets"]): Localized[] {
  return skipped.map(({ sheet, reason }) =>
    localized(reason === "protected" ? "skippedProtected" : "skippedMissing", { sheet })
  );
}

function readSkippedLines(skipped: HostCheckOutcome["readSkipped"]): Localized[] {
  return skipped.flatMap(({ sheet, columns, mergeRows }) => [
    ...(columns ? [localized("skippedColumns", { sheet, columns })] : []),
    ...(mergeRows.length > 0
      ? [withList("skippedMergeRows", "rows", mergeRows.map(String), { sheet })]
      : []),
  ]);
}

/** One line per sheet for the rows whose note had no cell free of threaded comments. */
function notesSkippedLines(skipped: HostCheckOutcome["notesSkipped"]): Localized[] {
  const bySheet = new Map<string, number[]>();
  for (const { sheet, row } of skipped) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), row]);
  return [...bySheet].map(([sheet, rows]) =>
    withList("notesSkipped", "rows", rows.map(String), { sheet })
  );
}

export function checkNotice(outcome: HostCheckOutcome): Notice {
  const clean = outcome.result.findings.length === 0;
  const lines = [
    localized(clean ? "checkDoneClean" : "checkDone", { sheet: outcome.summarySheet }),
  ];
  if (!outcome.notesWritten) lines.push(localized("notesUnavailable"));
  lines.push(...notesSkippedLines(outcome.notesSkipped));
  lines.push(...skippedLines(outcome.skippedSheets));
  lines.push(...readSkippedLines(outcome.readSkipped));
  const warn =
    outcome.notesSkipped.length > 0 ||
    outcome.skippedSheets.length > 0 ||
    outcome.readSkipped.length > 0;
  return { intent: warn ? "warning" : "success", lines };
}

export function clearNotice(outcome: ClearOutcome): Notice {
  const lines = [
    localized("clearDone", {
      sheets: outcome.sheets.length,
      marks: outcome.marks,
      notes: outcome.notes,
    }),
  ];
  if (outcome.summaryRemoved) lines.push(localized("clearSummaryRemoved"));
  lines.push(...skippedLines(outcome.skippedSheets));
  return { intent: outcome.skippedSheets.length > 0 ? "warning" : "success", lines };
}

export function templateNotice(outcome: TemplateOutcome): Notice {
  const lines: Localized[] = [];
  if (outcome.inserted.length > 0)
    lines.push(withList("templateInserted", "sheets", outcome.inserted));
  if (outcome.existing.length > 0)
    lines.push(withList("templateExisting", "sheets", outcome.existing));
  if (outcome.inserted.length === 0)
    return { intent: "info", lines: [localized("templateNothing"), ...lines] };
  return { intent: "success", lines };
}

export function exportNotice(how: "opened" | "downloaded"): Notice {
  return {
    intent: "success",
    lines: [localized(how === "opened" ? "exportOpened" : "exportDownloaded")],
  };
}

export function rollupNotice(outcome: RollupOutcome): Notice {
  const lines = [
    withList("rollupDone", "sheets", outcome.sheets, { departments: outcome.departments }),
    ...outcome.skipped.map(({ file, reason }) => localized("rollupSkipped", { file, reason })),
  ];
  return { intent: outcome.skipped.length > 0 ? "warning" : "success", lines };
}

/** Whether an error means the user stopped the check (the host's error, or the signal's abort). */
export function isCancellation(error: unknown, signal: AbortSignal): boolean {
  return (
    error instanceof CheckCancelledError ||
    (signal.aborted && error instanceof Error && error.name === "AbortError")
  );
}

/**
 * Any failure as a notice. A HostError already says what to do in both languages; anything else
 * names the action and the error's own message, and says the ledgers were not changed.
 */
export function errorNotice(error: unknown, action: MessageKey): Notice {
  if (error instanceof NoLedgerError) {
    // Nothing went wrong and nothing changed: the workbook holds no ledger yet. The way on is the
    // template, offered right here.
    const { ledgers, registers, unit } = error.sheets;
    const books = listBoth(ledgers);
    const regs = listBoth(registers);
    const sheetsLine: Localized = {
      "zh-CN": formatTemplate(
        MESSAGES.noLedgerSheets["zh-CN"],
        { ledgers: books["zh-CN"], registers: regs["zh-CN"], unit },
        "zh-CN"
      ),
      "en-US": formatTemplate(
        MESSAGES.noLedgerSheets["en-US"],
        { ledgers: books["en-US"], registers: regs["en-US"], unit },
        "en-US"
      ),
    };
    return {
      intent: "warning",
      lines: [localized("noLedger"), sheetsLine, localized("noLedgerNext")],
      action: "insertTemplate",
    };
  }
  if (error instanceof HostError) {
    return { intent: "error", lines: [{ "zh-CN": error.messageZh, "en-US": error.messageEn }] };
  }
  const message = error instanceof Error ? error.message : String(error);
  const actionText = MESSAGES[action];
  return {
    intent: "error",
    lines: [
      {
        "zh-CN": formatTemplate(
          MESSAGES.unexpectedError["zh-CN"],
          { action: actionText["zh-CN"], message },
          "zh-CN"
        ),
        "en-US": formatTemplate(
          MESSAGES.unexpectedError["en-US"],
          { action: actionText["en-US"], message },
          "en-US"
        ),
      },
    ],
  };
}

/** What a ribbon command did while the pane was closed, as the pane shows it once on opening. */
export function commandOutcomeNotice(outcome: CommandOutcome): Notice {
  const command =
    MESSAGES[outcome.command === "runCheck" ? "ribbonCommandCheck" : "ribbonCommandClear"];
  const at = new Date(outcome.at);
  const time = Number.isNaN(at.getTime()) ? outcome.at : localTimestamp(at);
  const heading = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      formatTemplate(MESSAGES.ribbonOutcome[locale], { command: command[locale], time }, locale),
    ])
  ) as Localized;
  return { intent: outcome.ok ? "info" : "warning", lines: [heading, outcome.message] };
}
