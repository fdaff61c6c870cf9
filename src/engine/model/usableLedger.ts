import type { LedgerId, LedgerWorkbook } from "./ledgers";

/**
 * Whether a ledger can be relied on: its sheet was found and has every required column. A sheet
 * without, say, its date column would make every period look missing, so rules treat it as absent
 * and the structure findings say what to fix.
 */
export function isLedgerUsable(workbook: LedgerWorkbook, ledger: LedgerId): boolean {
  if (!workbook[ledger]) return false;
  return !workbook.issues.some(
    (issue) => issue.type === "missing-column" && issue.ledger === ledger
  );
}
