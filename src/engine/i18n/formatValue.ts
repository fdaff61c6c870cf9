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

/** 15 → "15.00元" / "¥15.00". */
export function formatAmount(amount: number, locale: Locale): string {
  const fixed = amount.toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return locale === "zh-CN" ? `${fixed}元` : `¥${fixed}`;
}

/** 0.015 → "1.5%". */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}
