import type { LedgerWorkbook } from "../model/ledgers";

/** Branch names in 支部信息 order; without that sheet, in the order the roster and ledgers name them. */
export function listBranches(workbook: LedgerWorkbook): string[] {
  const names = new Set<string>();
  workbook.branches?.records.forEach((b) => names.add(b.name));
  if (names.size > 0) return [...names];
  workbook.members?.records.forEach((m) => names.add(m.branch));
  workbook.meetings?.records.forEach((m) => names.add(m.branch));
  workbook.lectures?.records.forEach((l) => names.add(l.branch));
  workbook.dues?.records.forEach((d) => names.add(d.branch));
  workbook.training?.records.forEach((t) => t.branch && names.add(t.branch));
  names.delete("");
  return [...names];
}
