import type { LedgerId, LedgerWorkbook } from "./ledgers";
import { oncePer } from "./oncePer";

const key = (ledger: LedgerId, row: number, field: string): string =>
  `${ledger}\u0000${row}\u0000${field}`;

/** Built once per workbook: rules ask about single cells many times over large ledgers. */
const unreadableIndex = oncePer((workbook: LedgerWorkbook): ReadonlySet<string> => {
  const index = new Set<string>();
  for (const issue of workbook.issues) {
    if (issue.type === "unreadable-cell") index.add(key(issue.ledger, issue.row, issue.field));
  }
  return index;
});

/** Whether the reader reported the cell of a ledger row and field as unreadable (blank or invalid). */
export function isUnreadableCell(
  workbook: LedgerWorkbook,
  ledger: LedgerId,
  row: number,
  field: string
): boolean {
  return unreadableIndex(workbook).has(key(ledger, row, field));
}
