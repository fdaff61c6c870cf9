import { XlsxReadError } from "../xlsx/read/readError";
import { CliError } from "./cliError";
import { cliText } from "./cliText";
import { terminalText } from "./output/terminalText";
import type { Locale } from "../engine";

/** One clear line for a file that could not be handled: never a stack trace. */
export function describeFailure(error: unknown, file: string, locale: Locale): string {
  if (error instanceof XlsxReadError) {
    return terminalText(locale === "zh-CN" ? error.message : error.messageEn);
  }
  if (error instanceof CliError) return terminalText(error.message);
  const reason = error instanceof Error ? error.message : String(error);
  return cliText(locale)("unexpected", { file, reason });
}
