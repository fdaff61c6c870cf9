/** Why a workbook file could not be read; the CLI maps each reason to its own exit message. */
export type XlsxReadReason =
  "not-found" | "empty-file" | "not-xlsx" | "legacy-xls" | "encrypted" | "corrupt" | "too-large";

export interface XlsxReadErrorInit {
  reason: XlsxReadReason;
  /** The file as the user named it (a path, or a label for in-memory data). */
  file: string;
  /** Chinese explanation naming the file and what to do. */
  message: string;
  messageEn: string;
  cause?: unknown;
}

/** A workbook that cannot be read, explained in Chinese first and English second. */
export class XlsxReadError extends Error {
  readonly reason: XlsxReadReason;
  readonly file: string;
  readonly messageEn: string;

  constructor(init: XlsxReadErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "XlsxReadError";
    this.reason = init.reason;
    this.file = init.file;
    this.messageEn = init.messageEn;
  }
}

export const isXlsxReadError = (error: unknown): error is XlsxReadError =>
  error instanceof XlsxReadError;
