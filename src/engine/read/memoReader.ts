import type { CellValue } from "../cell/types";
import type { ParseResult } from "../parse/result";
import type { CellReader } from "./cellReaders";

/** How many distinct values a column remembers: plenty for branches, names, months, categories. */
const MEMO_LIMIT = 4096;
/** Long texts (notes, topics) rarely repeat; remembering them would only hold memory. */
const MEMO_MAX_TEXT = 200;

/**
 * A column's reader that remembers what each distinct cell value read as. Ledger columns repeat
 * the same few values row after row (a dues ledger of a million rows names a few hundred members,
 * twelve months and a handful of branches), so most cells cost one map lookup instead of a parse.
 * Remembered readings are frozen because many records share them: a rule that tried to sort a
 * record's list in place would otherwise change every other record too.
 */
export function memoized<T>(read: CellReader<T>): CellReader<T> {
  const memo = new Map<CellValue, ParseResult<T>>();
  return (value: CellValue): ParseResult<T> => {
    const known = memo.get(value);
    if (known !== undefined) return known;
    const result = read(value);
    if (memo.size < MEMO_LIMIT && (typeof value !== "string" || value.length <= MEMO_MAX_TEXT)) {
      memo.set(value, deepFreeze(result));
    }
    return result;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
