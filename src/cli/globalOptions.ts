import { CliError } from "./cliError";
import { cliText } from "./cliText";
import { dayFromIso, isLocale, type Locale } from "../engine";

/** Options every command understands. */
export interface GlobalOptions {
  locale: Locale;
}

export interface CheckFlags {
  asOf?: string;
  year?: number;
}

/** --lang, validated; zh-CN unless asked otherwise. */
export function parseLocale(value: string | undefined): Locale {
  if (value === undefined) return "zh-CN";
  if (isLocale(value)) return value;
  throw new CliError(cliText("zh-CN")("badLang", { value }));
}

export function parseAsOf(value: string | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  if (dayFromIso(value) === undefined) throw new CliError(cliText(locale)("badAsOf", { value }));
  return value;
}

export function parseYear(value: string | undefined, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1950 || year > 2200) {
    throw new CliError(cliText(locale)("badYear", { value }));
  }
  return year;
}

/** --dues-form of `sample`: rows (the template's form) or register (a column per month). */
export function parseDuesForm(value: string | undefined, locale: Locale): "rows" | "register" {
  if (value === undefined || value === "rows") return "rows";
  if (value === "register") return "register";
  throw new CliError(cliText(locale)("badDuesForm", { value }));
}
