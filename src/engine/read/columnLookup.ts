import type { ColumnSchema, LedgerSchema } from "../schema/ledgerSchemas";
import { oncePer } from "../model/oncePer";
import { normalizeHeader } from "./normalizeHeader";

/** Normalised header text → the column it names, for one ledger. */
export type ColumnLookup = ReadonlyMap<string, ColumnSchema>;

/**
 * The normalised canonical headers and aliases of a ledger's columns, built once per schema.
 * When two columns share a text (none do today), the one listed first in the schema keeps it.
 */
export const columnLookup = oncePer((schema: LedgerSchema): ColumnLookup => {
  const lookup = new Map<string, ColumnSchema>();
  for (const column of schema.columns) {
    for (const text of acceptedHeaders(column)) {
      const key = normalizeHeader(text);
      if (key !== "" && !lookup.has(key)) lookup.set(key, column);
    }
  }
  return lookup;
});

/** The canonical header followed by its aliases, as the schema writes them. */
export function acceptedHeaders(column: ColumnSchema): string[] {
  return [column.header, ...column.aliases];
}
