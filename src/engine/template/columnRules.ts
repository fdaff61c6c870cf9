import type { LedgerId } from "../model/ledgers";
import { RULES } from "../rules/registry";
import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import type { RuleId } from "../basics";

/**
 * Which rules read each column of the standard ledgers: what 填表说明 tells the officer a column
 * is for. Derived from each rule's `meta.reads` (rules/<id>/rule.ts), in registry order, so a new
 * rule appears under its columns without being listed here.
 *
 * Not listed: the generic structure rules that look at every column alike (structure-missing-sheet,
 * -missing-column, -unreadable-cell), which 填表说明 explains once for all columns.
 */
export const COLUMN_RULES: Readonly<
  Partial<Record<LedgerId, Readonly<Record<string, readonly RuleId[]>>>>
> = deriveColumnRules();

function deriveColumnRules(): Partial<Record<LedgerId, Record<string, RuleId[]>>> {
  const table: Partial<Record<LedgerId, Record<string, RuleId[]>>> = {};
  for (const schema of LEDGER_SCHEMAS) {
    const fields: Record<string, RuleId[]> = {};
    for (const column of schema.columns) {
      fields[column.field] = RULES.filter((rule) => {
        const read: readonly string[] | undefined = rule.meta.reads[schema.id];
        return read?.includes(column.field) === true;
      }).map((rule) => rule.meta.id);
    }
    table[schema.id] = fields;
  }
  return table;
}

/** The rules a column feeds, [] for columns no rule reads (or fields the table does not know). */
export function rulesOfColumn(ledger: LedgerId, field: string): readonly RuleId[] {
  return COLUMN_RULES[ledger]?.[field] ?? [];
}
