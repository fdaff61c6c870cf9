import { HostError } from "./hostErrors";
import type { Localized } from "../engine";

/**
 * Office.js rejects a sync with an OfficeExtension.Error whose `code` says what went wrong. The
 * adapter reacts to a few of them (a payload too large is retried smaller, a protected sheet is
 * skipped) and turns the rest into a HostError the pane can show.
 */

export type OfficeErrorKind =
  /** The request or its response passed Excel's payload limit (about 5 MB on the web). */
  | "payload-too-large"
  /** The sheet or workbook is protected against the change. */
  | "protected"
  /** A sheet, note or format is gone (deleted since it was read). */
  | "not-found"
  /** Excel is editing a cell and accepts no changes until the user leaves it. */
  | "cell-edit-mode"
  /** The host lacks the API (an older Excel). */
  | "api-unsupported"
  /** Anything else. */
  | "other";

const CODES: Readonly<Record<string, OfficeErrorKind>> = {
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  PayloadTooLarge: "payload-too-large",
  AccessDenied: "protected",
  ItemNotFound: "not-found",
  InvalidOperationInCellEditMode: "cell-edit-mode",
  ApiNotFound: "api-unsupported",
};

/** The error's Office code ("ItemNotFound"…), or null for an error that is not Office's. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code: unknown = error.code;
  return typeof code === "string" ? code : null;
}

/**
 * The kind of an Office.js error, by its code alone. Microsoft: error codes "aren't localized",
 * while the message "contains a summary of the error in the localized string" and "isn't intended
 * for consumption by end users; you should use the error code"
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The payload limits have codes of their own, and only Excel on the web has them (same page).
 */
export function classifyOfficeError(error: unknown): OfficeErrorKind {
  const code = officeErrorCode(error);
  return (code === null ? undefined : CODES[code]) ?? "other";
}

export const isPayloadTooLarge = (error: unknown): boolean =>
  classifyOfficeError(error) === "payload-too-large";

const ADVICE: Readonly<Record<OfficeErrorKind, Localized>> = {
  "payload-too-large": {
    "zh-CN": "数据量超过了 Excel 单次处理的上限，请将工作簿拆分后再试",
    "en-US":
      "the data exceeds what Excel can handle in one request; split the workbook and try again",
  },
  protected: {
    "zh-CN": "工作表或工作簿受保护，请先撤销保护（审阅 → 撤销工作表保护）",
    "en-US": "the sheet or workbook is protected; unprotect it first (Review → Unprotect Sheet)",
  },
  "not-found": {
    "zh-CN": "所需的工作表或对象已被删除或改名，请重新检查",
    "en-US": "a sheet or object it needs was deleted or renamed; run the check again",
  },
  "cell-edit-mode": {
    "zh-CN": "Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后重试",
    "en-US": "Excel is editing a cell; press Enter or Esc to finish, then try again",
  },
  "api-unsupported": {
    "zh-CN": "当前 Excel 版本不支持此功能，请升级到 Microsoft 365 版 Excel",
    "en-US": "this version of Excel does not support it; use Excel for Microsoft 365",
  },
  other: {
    "zh-CN": "Excel 报告了错误",
    "en-US": "Excel reported an error",
  },
};

/**
 * A HostError for an Office.js failure while doing `action` ("标记工作表“会议台账”" / "marking sheet
 * 会议台账"): what was being done, why, and what the user can do, in both languages.
 */
export function officeHostError(error: unknown, action: Localized): HostError {
  if (error instanceof HostError) return error;
  const advice = ADVICE[classifyOfficeError(error)];
  const code = officeErrorCode(error);
  const detail = code ? `（${code}）` : "";
  return new HostError(
    `${action["zh-CN"]}时出错：${advice["zh-CN"]}${detail}。`,
    `Error while ${action["en-US"]}: ${advice["en-US"]}${code ? ` (${code})` : ""}.`,
    { cause: error }
  );
}
