import type { MessageData } from "../findings/types";
import { formatAmount, formatDate, formatPercent, formatPeriod } from "./formatValue";
import type { Locale } from "./locale";

export type Formatter = (value: string | number, locale: Locale) => string;

const FORMATTERS: Record<string, Formatter> = {
  date: (v, locale) => formatDate(String(v), locale),
  period: (v, locale) => formatPeriod(String(v), locale),
  amount: (v, locale) => (typeof v === "number" ? formatAmount(v, locale) : String(v)),
  percent: (v) => (typeof v === "number" ? formatPercent(v) : String(v)),
};

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
  return template.replace(
    /\{(\w+)(?::(\w+))?\}/g,
    (whole, name: string, format: string | undefined) => {
      const value = data[name];
      if (value === undefined) return whole;
      const formatter = format ? (more[format] ?? FORMATTERS[format]) : undefined;
      return formatter ? formatter(value, locale) : String(value);
    }
  );
}
