import type { ColumnSchema, LedgerSchema } from "../schema/ledgerSchemas";
import { normalizeHeader } from "./normalizeHeader";

/** Normalised header text → the column it names, for one ledger. */
export type ColumnLookup = ReadonlyMap<string, ColumnSchema>;

const lookups = new WeakMap<LedgerSchema, ColumnLookup>();

/**
 * The normalised canonical headers and aliases of a ledger's columns, built once per schema.
 * When two columns share a text (none do today), the one listed first in the schema keeps it.
 */
export function columnLookup(schema: LedgerSchema): ColumnLookup {
  const cached = lookups.get(schema);
  if (cached) return cached;
  const lookup = new Map<string, ColumnSchema>();
  for (const column of schema.columns) {
    for (const text of acceptedHeaders(column)) {
      const key = normalizeHeader(text);
      if (key !== "" && !lookup.has(key)) lookup.set(key, column);
    }
  }
  lookups.set(schema, lookup);
  return lookup;
}

/** The canonical header followed by its aliases, as the schema writes them. */
export function acceptedHeaders(column: ColumnSchema): string[] {
  return [column.header, ...column.aliases];
}
