import { classifyOfficeError, officeErrorCode, officeHostError } from "../officeErrors";
import { HostError } from "../hostErrors";
import type { Localized } from "../../engine";

/** The clear, bilingual errors of the workbook-level writers; each keeps what Excel said as its cause. */

export function structureProtectedError(action: Localized): HostError {
  return new HostError(
    `工作簿结构受保护，无法${action["zh-CN"]}。请在“审阅→保护工作簿”中取消保护后重试。`,
    `The workbook's structure is protected, so Party Ledger Check cannot ${action["en-US"]}. Unprotect it (Review → Protect Workbook) and try again.`
  );
}

/**
 * Wraps a failed write; a HostError passes through unchanged. What went wrong is told by the
 * error's code (officeErrors.ts): Excel's message is localised and "isn't intended for consumption
 * by end users" (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export function writeFailed(what: Localized, error: unknown): HostError {
  if (error instanceof HostError) return error;
  const kind = classifyOfficeError(error);
  const code = officeErrorCode(error);
  const advice = kind === "other" ? null : officeHostError(error, what);
  const codeZh = code ? `（${code}）` : "";
  const codeEn = code ? ` (${code})` : "";
  return new HostError(
    advice
      ? `${advice.messageZh}工作簿中的台账数据未被改动。`
      : `${what["zh-CN"]}时 Excel 报告了错误${codeZh}。工作簿中的台账数据未被改动，请稍后重试。`,
    advice
      ? `${advice.messageEn} The ledger data was not changed.`
      : `Excel reported an error while ${what["en-US"]}${codeEn}. The ledger data was not changed; try again.`,
    { cause: error }
  );
}
