import { dayFromIso, ymdFromDay } from "../calendar/day";
import { parsePeriodKey } from "../calendar/period";
import { chineseNumeral } from "./chineseNumeral";
import type { Locale } from "./locale";

const EN_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "2024-Q2" → "2024年第二季度" / "Q2 2024"; unknown keys are returned as they are. */
export function formatPeriod(key: string, locale: Locale): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const { year, index, frequency } = period;
  if (locale === "zh-CN") {
    switch (frequency) {
      case "month":
        return `${year}年${index}月`;
      case "quarter":
        return `${year}年第${chineseNumeral(index)}季度`;
      case "half-year":
        return `${year}年${index === 1 ? "上" : "下"}半年`;
      case "year":
        return `${year}年度`;
    }
  }
  switch (frequency) {
    case "month":
      return `${EN_MONTHS[index - 1]} ${year}`;
    case "quarter":
      return `Q${index} ${year}`;
    case "half-year":
      return `H${index} ${year}`;
    case "year":
      return `${year}`;
  }
}

/** "2024-03-05" → "2024年3月5日" / "2024-03-05". */
export function formatDate(iso: string, locale: Locale): string {
  const serial = dayFromIso(iso);
  if (serial === undefined || locale === "en-US") return iso;
  const { year, month, day } = ymdFromDay(serial);
  return `${year}年${month}月${day}日`;
}

/**
 * 15 → "15.00元" / "¥15.00"; 3000.01 → "3000.01元" (official texts write yuan without thousands
 * separators) / "¥3,000.01".
 */
export function formatAmount(amount: number, locale: Locale): string {
  const fixed = amount.toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: locale !== "zh-CN",
  });
  return locale === "zh-CN" ? `${fixed}元` : `¥${fixed}`;
}

/**
 * A month or a span of months as a dues row gives it: "2025-07" → "2025年7月"; "2025-01..2025-03"
 * → "2025年1月至3月" (the year once) / "Jan–Mar 2025"; across years both in full; "" → "".
 */
export function formatMonths(value: string, locale: Locale): string {
  if (value === "") return "";
  const [from = "", to = from] = value.split("..");
  if (to === from) return formatPeriod(from, locale);
  const a = parsePeriodKey(from);
  const b = parsePeriodKey(to);
  if (!a || !b) return value;
  if (a.year !== b.year) {
    return locale === "zh-CN"
      ? `${formatPeriod(from, locale)}至${formatPeriod(to, locale)}`
      : `${formatPeriod(from, locale)}–${formatPeriod(to, locale)}`;
  }
  return locale === "zh-CN"
    ? `${a.year}年${a.index}月至${b.index}月`
    : `${EN_MONTHS[a.index - 1]}–${EN_MONTHS[b.index - 1]} ${a.year}`;
}

/**
 * Official Chinese does not repeat the year within a span: "2025年3月至2025年8月" → "2025年3月至8月",
 * "2025年3月5日至2025年4月1日" → "2025年3月5日至4月1日". Applied to every rendered zh-CN text.
 */
export function shortenSpans(text: string): string {
  return text.replace(
    /(\d{4})年(\d{1,2})月((?:\d{1,2}日)?)至\1年(?=\d{1,2}月)/gu,
    (_whole, year: string, month: string, dayPart: string) => `${year}年${month}月${dayPart}至`
  );
}

/** 0.015 → "1.5%". */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}
