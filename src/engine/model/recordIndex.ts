/**
 * Rows grouped by one text field, built once per array and kept only while the array lives.
 * Rules and the summary ask for "the rows of this branch" or "of this person" once per branch or
 * member; scanning the whole ledger each time made a check grow with branches × rows, so a unit
 * ten times larger took eighty times longer. Callers must not change an array after asking.
 */

type Field<T> = { [K in keyof T]: T[K] extends string | null | undefined ? K : never }[keyof T];

const indexes = new WeakMap<readonly object[], Map<PropertyKey, Map<string, readonly object[]>>>();

const NONE: readonly never[] = [];

function indexOf<T extends object>(rows: readonly T[], field: Field<T>): Map<string, T[]> {
  let byField = indexes.get(rows);
  if (!byField) {
    byField = new Map();
    indexes.set(rows, byField);
  }
  const known = byField.get(field);
  // Stored for this very array and field, so the rows are T.
  if (known) return known as Map<string, T[]>;
  const index = new Map<string, T[]>();
  for (const row of rows) {
    const key = row[field];
    if (typeof key !== "string") continue;
    const list = index.get(key);
    if (list) list.push(row);
    else index.set(key, [row]);
  }
  byField.set(field, index);
  return index;
}

/** The rows whose `field` is exactly `value`, in their original order (the array is shared). */
export function rowsWhere<T extends object>(
  rows: readonly T[],
  field: Field<T>,
  value: string
): readonly T[] {
  return indexOf(rows, field).get(value) ?? NONE;
}
