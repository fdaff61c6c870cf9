import type { LedgerId, LedgerWorkbook } from "./ledgers";

const key = (ledger: LedgerId, row: number, field: string): string =>
  `${ledger}\u0000${row}\u0000${field}`;

/** Built once per workbook: rules ask about single cells many times over large ledgers. */
const cache = new WeakMap<LedgerWorkbook, Set<string>>();

/** Whether the reader reported the cell of a ledger row and field as unreadable (blank or invalid). */
export function isUnreadableCell(
  workbook: LedgerWorkbook,
  ledger: LedgerId,
  row: number,
  field: string
): boolean {
  let index = cache.get(workbook);
  if (!index) {
    index = new Set();
    for (const issue of workbook.issues) {
      if (issue.type === "unreadable-cell") index.add(key(issue.ledger, issue.row, issue.field));
    }
    cache.set(workbook, index);
  }
  return index.has(key(ledger, row, field));
}
