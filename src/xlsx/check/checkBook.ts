import type { StreamedBook } from "../read/readBook";
import { withUncalculatedFormulas } from "./uncalculatedFormulas";
import {
  checkWorkbook,
  type CheckResult,
  type CheckOptions,
  RECORD_LEDGER_IDS,
} from "../../engine";

/**
 * A workbook read by the streaming reader, checked: the engine on its grids, then the one judgement
 * the file itself can overrule (formulas never calculated). The command line's `check` and the
 * checker page's worker both check through here, so one file gives both the same result.
 */
export function checkBook(book: StreamedBook, options: CheckOptions): CheckResult {
  return withUncalculatedFormulas(checkWorkbook(book.sheets, options), book.uncalculated);
}

/** Whether any ledger made of rows was recognised: without one a file is not a ledger workbook. */
export function hasAnyLedger(result: CheckResult): boolean {
  return RECORD_LEDGER_IDS.some((ledger) => result.workbook[ledger] !== undefined);
}
