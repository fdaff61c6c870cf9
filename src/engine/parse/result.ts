/** What every cell parser returns: a value, or why there is none. Parsers never throw. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; blank: boolean };

export const parsed = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const BLANK: ParseResult<never> = { ok: false, blank: true };
export const INVALID: ParseResult<never> = { ok: false, blank: false };
