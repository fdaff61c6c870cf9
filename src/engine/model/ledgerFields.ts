import type { LedgerSheet } from "./ledgers";

/** The fields the month-column register holds in its month cells rather than in a column. */
const REGISTER_CELL_FIELDS: ReadonlySet<string> = new Set(["months", "paid"]);

/**
 * Whether a ledger sheet records a field at all: a column was found for it, or its form keeps it
 * elsewhere (the register's months and amounts live in its month cells, its payment dates only
 * when some month cell holds one; the annual table covers the year's months; the hours table's
 * 学时 are its hours columns).
 */
export function providesField(sheet: LedgerSheet<unknown>, field: string): boolean {
  if (sheet.columns[field] !== undefined) return true;
  if (sheet.form === "register") {
    if (REGISTER_CELL_FIELDS.has(field)) return true;
    if (field === "paidDate") return sheet.register?.datesWritten === true;
  }
  if (sheet.form === "annual") return field === "months";
  if (sheet.form === "hours") {
    return field === "hours" && Object.keys(sheet.columns).some((f) => f.endsWith("Hours"));
  }
  return false;
}
