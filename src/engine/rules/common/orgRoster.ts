import type { LedgerWorkbook, MemberRecord } from "../../model/ledgers";
import { rowsWhere } from "../../model/recordIndex";

/**
 * Roster look-ups for the organisation rules. The roster lists members who have left (转出日期) and
 * sometimes members who arrive later (转入日期); a branch's membership is read on the as-of date.
 */

/** Roster rows that carry a person's name, in sheet order. A blank name never matches. */
export function rosterRowsNamed(workbook: LedgerWorkbook, name: string): MemberRecord[] {
  if (name === "") return [];
  return [...rowsWhere(workbook.members?.records ?? [], "name", name)];
}

/**
 * The roster row of a branch's secretary: the row in that branch, else the only row with that name
 * anywhere (a secretary registered with another branch is still the same person). Undefined when
 * the name is absent or shared by several people elsewhere, where guessing would mislead.
 */
export function secretaryRosterRow(
  workbook: LedgerWorkbook,
  branch: string,
  secretary: string
): MemberRecord | undefined {
  const named = rosterRowsNamed(workbook, secretary);
  return named.find((m) => m.branch === branch) ?? (named.length === 1 ? named[0] : undefined);
}
