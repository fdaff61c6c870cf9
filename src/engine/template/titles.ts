import type { Locale } from "../i18n/locale";

/** "会议台账（2025年度）", or the bare name when the year is not known yet. */
export function sheetTitle(name: string, year: number | null, locale: Locale): string {
  if (year === null) return name;
  return locale === "zh-CN" ? `${name}（${year}年度）` : `${name} (${year})`;
}
