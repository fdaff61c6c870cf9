import type { LedgerWorkbook } from "../../model/ledgers";
import { toHalfWidth } from "../../parse/text";
import type { PreparedSheet } from "../prepareSheet";

/**
 * The branch a sheet without a 支部 column is about, when its title or its name says so
 * ("第一党支部2025年党员党费交纳登记表"): the longest branch of 支部信息 named there. Undefined when
 * none is named, or without 支部信息 to compare with.
 */
export function titleBranch(
  sheet: PreparedSheet,
  headerIndex: number,
  workbook: LedgerWorkbook
): string | undefined {
  const names = [...new Set((workbook.branches?.records ?? []).map((b) => b.name))]
    .filter((name) => name !== "")
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return undefined;
  const texts: string[] = [];
  for (let r = 0; r < headerIndex; r++) {
    for (const value of sheet.grid[r] ?? []) if (typeof value === "string") texts.push(value);
  }
  texts.push(sheet.name);
  for (const text of texts) {
    const plain = toHalfWidth(text).replace(/\s+/g, "");
    const found = names.find((name) => plain.includes(name));
    if (found !== undefined) return found;
  }
  return undefined;
}
