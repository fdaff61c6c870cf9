import type { RowRange } from "./plan";

/** Excel's RangeAreas address strings may not exceed 8,192 characters; this leaves headroom. */
export const DEFAULT_MAX_ADDRESS_LENGTH = 8000;

/** The last column Excel has (16,384 columns). */
const LAST_COLUMN = "XFD";

/** "rows": "5:9"; "cells": "A5:XFD9" — for APIs that do not accept whole-row references. */
export type RowAddressStyle = "rows" | "cells";

/** The A1 address of one range of whole rows. */
export function rowRangeAddress(range: RowRange, style: RowAddressStyle = "rows"): string {
  return style === "rows"
    ? `${range.first}:${range.last}`
    : `A${range.first}:${LAST_COLUMN}${range.last}`;
}

/**
 * Joins addresses with commas into as few strings as possible, none longer than `maxLength`.
 * An address longer than the limit on its own (never the case for A1 ranges) gets a string of its own.
 */
export function chunkAddresses(
  addresses: readonly string[],
  maxLength: number = DEFAULT_MAX_ADDRESS_LENGTH
): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current === "") {
      current = address;
    } else if (current.length + 1 + address.length <= maxLength) {
      current += `,${address}`;
    } else {
      chunks.push(current);
      current = address;
    }
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** Whole-row ranges as comma-joined address strings the adapters pass to `getRanges`. */
export function rowRangeAddresses(
  ranges: readonly RowRange[],
  style: RowAddressStyle = "rows",
  maxLength: number = DEFAULT_MAX_ADDRESS_LENGTH
): string[] {
  return chunkAddresses(
    ranges.map((r) => rowRangeAddress(r, style)),
    maxLength
  );
}

/** Single cells ("D5") as comma-joined address strings, chunked the same way. */
export function cellAddresses(
  cells: readonly { row: number; column: string }[],
  maxLength: number = DEFAULT_MAX_ADDRESS_LENGTH
): string[] {
  return chunkAddresses(
    cells.map((c) => `${c.column}${c.row}`),
    maxLength
  );
}
