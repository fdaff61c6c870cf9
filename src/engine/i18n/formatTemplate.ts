import {
  formatAmount,
  formatDate,
  formatMonths,
  formatPercent,
  formatPeriod,
  shortenSpans,
} from "./formatValue";
import { MEMBER_STATUS_LABELS } from "./labels";
import type { Locale } from "./locale";
import { MEMBER_STATUSES, type MemberStatus } from "../model/vocabulary";
import type { MessageData } from "../basics";

export type Formatter = (value: string | number, locale: Locale) => string;

const FORMATTERS: Record<string, Formatter> = {
  date: (v, locale) => formatDate(String(v), locale),
  period: (v, locale) => formatPeriod(String(v), locale),
  amount: (v, locale) => (typeof v === "number" ? formatAmount(v, locale) : String(v)),
  percent: (v) => (typeof v === "number" ? formatPercent(v) : String(v)),
  /** A dues row's month or span of months ("2025-01..2025-03"). */
  months: (v, locale) => formatMonths(String(v), locale),
  /** A 党员状态 key ("abroad") as the language names it (出国（境）). */
  status: (v, locale) => (isMemberStatus(v) ? MEMBER_STATUS_LABELS[v][locale] : String(v)),
};

const isMemberStatus = (v: unknown): v is MemberStatus =>
  (MEMBER_STATUSES as readonly unknown[]).includes(v);

/**
 * Fills `{name}` and `{name:format}` placeholders. A placeholder without data stays visible as
 * written, so a missing value shows in the text instead of silently vanishing. `more` adds
 * formats that need more than the value (rule titles need the registry's metadata).
 */
export function formatTemplate(
  template: string,
  data: MessageData,
  locale: Locale,
  more: Readonly<Record<string, Formatter>> = {}
): string {
  const text = template.replace(
    /\{(\w+)(?::(\w+))?\}/g,
    (whole, name: string, format: string | undefined) => {
      const value = data[name];
      if (value === undefined) return whole;
      const formatter = format ? (more[format] ?? FORMATTERS[format]) : undefined;
      return formatter ? formatter(value, locale) : String(value);
    }
  );
  return locale === "zh-CN" ? shortenSpans(text) : text;
}
