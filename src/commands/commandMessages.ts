import type { ClearOutcome } from "../excel/host";
import { CommandBudgetError } from "./commandBudget";
import type { CommandName, SkipReason } from "../excel/commandOutcome";
import { HostError, NoLedgerError } from "../excel/hostErrors";
import { SEVERITY_LABELS, type Localized, type Severity } from "../engine";

/** The words the ribbon commands use, in both languages. */

const COMMAND_LABELS: Record<CommandName, Localized> = {
  runCheck: { "zh-CN": "一键检查", "en-US": "Check Now" },
  clearMarks: { "zh-CN": "清除标记", "en-US": "Clear Marks" },
};

const SKIP_REASONS: Record<SkipReason, Localized> = {
  protected: { "zh-CN": "工作表受保护", "en-US": "the sheet is protected" },
  missing: { "zh-CN": "工作表已不存在", "en-US": "the sheet no longer exists" },
};

const ORDER: readonly Severity[] = ["error", "warning", "reminder", "unreadable"];

function skippedText(skipped: readonly { sheet: string; reason: SkipReason }[]): Localized {
  if (skipped.length === 0) return { "zh-CN": "", "en-US": "" };
  return {
    "zh-CN": `；未处理：${skipped.map((s) => `“${s.sheet}”（${SKIP_REASONS[s.reason]["zh-CN"]}）`).join("、")}`,
    "en-US": `; not processed: ${skipped.map((s) => `"${s.sheet}" (${SKIP_REASONS[s.reason]["en-US"]})`).join(", ")}`,
  };
}

export function checkedMessage(
  totals: Record<Severity, number>,
  summarySheet: string,
  skipped: readonly { sheet: string; reason: SkipReason }[]
): Localized {
  const zh = ORDER.map((s) => `${SEVERITY_LABELS[s]["zh-CN"]} ${totals[s]} 条`).join("、");
  const en = ORDER.map((s) => `${SEVERITY_LABELS[s]["en-US"]} ${totals[s]}`).join(", ");
  const skip = skippedText(skipped);
  return {
    "zh-CN": `一键检查完成：${zh}，详见“${summarySheet}”${skip["zh-CN"]}。`,
    "en-US": `Check finished: ${en}; see the "${summarySheet}" sheet${skip["en-US"]}.`,
  };
}

export function clearedMessage(outcome: ClearOutcome): Localized {
  const skip = skippedText(outcome.skippedSheets);
  return {
    "zh-CN": `已清除 ${outcome.marks} 处标记、${outcome.notes} 条批注${outcome.summaryRemoved ? "和汇总表" : ""}${skip["zh-CN"]}。`,
    "en-US": outcome.summaryRemoved
      ? `Cleared ${outcome.marks} marks, ${outcome.notes} notes and the summary sheet${skip["en-US"]}.`
      : `Cleared ${outcome.marks} marks and ${outcome.notes} notes${skip["en-US"]}.`,
  };
}

/** A failure in the user's language: the host's own message when it has one, else the cause's. */
export function failedMessage(command: CommandName, error: unknown): Localized {
  const label = COMMAND_LABELS[command];
  if (error instanceof CommandBudgetError) {
    const why =
      error.reason === "size"
        ? { "zh-CN": "工作簿中的台账较大", "en-US": "the ledgers in this workbook are large" }
        : { "zh-CN": "读取台账所需时间较长", "en-US": "reading the ledgers takes long" };
    return {
      "zh-CN": `${label["zh-CN"]}未进行：${why["zh-CN"]}，功能区按钮无法在 Excel 允许的时间内完成检查。工作簿未作任何修改。请点击“打开检查面板”，在面板中检查（可随时取消）。`,
      "en-US": `${label["en-US"]} did not run: ${why["en-US"]}, more than a ribbon button can check in the time Excel allows. Nothing in the workbook was changed. Select Open Check Pane and check there (you can cancel at any time).`,
    };
  }
  if (error instanceof NoLedgerError) {
    return {
      "zh-CN": `${label["zh-CN"]}未进行：${error.messageZh}`,
      "en-US": `${label["en-US"]} did not run: ${error.messageEn}`,
    };
  }
  if (error instanceof HostError) {
    return {
      "zh-CN": `${label["zh-CN"]}未完成：${error.messageZh}`,
      "en-US": `${label["en-US"]} did not finish: ${error.messageEn}`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    "zh-CN": `${label["zh-CN"]}未完成：${detail}。请打开检查面板重试。`,
    "en-US": `${label["en-US"]} did not finish: ${detail}. Open the check pane and try again.`,
  };
}
