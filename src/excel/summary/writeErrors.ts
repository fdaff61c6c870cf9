import { HostError } from "../host";

/** The clear, bilingual errors of the workbook-level writers; each keeps what Excel said as its cause. */

export function structureProtectedError(action: { zh: string; en: string }): HostError {
  return new HostError(
    `工作簿结构受保护，无法${action.zh}。请在“审阅→保护工作簿”中取消保护后重试。`,
    `The workbook's structure is protected, so Party Ledger Check cannot ${action.en}. Unprotect it (Review → Protect Workbook) and try again.`
  );
}

/** What Excel said, for the end of a message (Office.js errors carry a message and a code). */
function excelReason(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}

/** Wraps a failed write; a HostError passes through unchanged. */
export function writeFailed(what: { zh: string; en: string }, error: unknown): HostError {
  if (error instanceof HostError) return error;
  const reason = excelReason(error);
  return new HostError(
    `${what.zh}时 Excel 报错：${reason}。工作簿中的台账数据未被改动，请稍后重试。`,
    `Excel reported an error while ${what.en}: ${reason}. The ledger data was not changed; try again.`,
    { cause: error }
  );
}
