import { formatTemplate } from "../i18n/formatTemplate";
import type { Locale } from "../i18n/locale";
import { normalizeHeader } from "../read/normalizeHeader";
import type { RollupEntry } from "./rollupEntries";
import { ROLLUP_TEXT } from "./rollupText";

/**
 * What the level above must look at before trusting a roll-up's totals: a department whose summary
 * came twice (sent again, or checked twice under two file names) is counted twice; summaries of
 * different years do not add up. Neither is refused — the officer decides — but both are said, on
 * the command line and on the roll-up's first sheet.
 */
export function rollupWarnings(entries: readonly RollupEntry[], locale: Locale): string[] {
  const list = (items: readonly string[]): string => items.join(locale === "zh-CN" ? "、" : ", ");
  const text = (key: keyof typeof ROLLUP_TEXT, data: Record<string, string | number>): string =>
    formatTemplate(ROLLUP_TEXT[key][locale], data, locale);
  const warnings: string[] = [];

  // The same unit however its name is spaced or written (full-width, half-width).
  const byUnit = new Map<string, { unit: string; files: string[] }>();
  for (const entry of entries) {
    const unit = entry.data.unitName?.trim();
    if (!unit) continue;
    const key = normalizeHeader(unit);
    const found = byUnit.get(key) ?? { unit, files: [] };
    found.files.push(entry.file);
    byUnit.set(key, found);
  }
  for (const { unit, files } of byUnit.values()) {
    if (files.length > 1) {
      warnings.push(text("duplicateUnit", { unit, count: files.length, files: list(files) }));
    }
  }

  const byYear = new Map<number, string[]>();
  for (const entry of entries) {
    const files = byYear.get(entry.data.year) ?? [];
    files.push(entry.file);
    byYear.set(entry.data.year, files);
  }
  if (byYear.size > 1) {
    const years = [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, files]) => text("yearFiles", { year, files: list(files) }))
      .join(locale === "zh-CN" ? "；" : "; ");
    warnings.push(text("mixedYears", { years }));
  }
  return warnings;
}
