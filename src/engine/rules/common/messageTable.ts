import type { Localized } from "../../i18n/locale";

/**
 * Messages that come in families (one per value kind, per reason and kind of sheet…), keyed by a
 * union of literal ids, so the rule's `report` accepts exactly these ids (rules/types.ts).
 */
export function messageTable<K extends string>(
  entries: readonly (readonly [K, Localized])[]
): Record<K, Localized> {
  // Filled for every id just below: the assertion only states what the loop makes true.
  const table = {} as Record<K, Localized>;
  for (const [id, message] of entries) table[id] = message;
  return table;
}
