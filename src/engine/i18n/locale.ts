export const LOCALES = ["zh-CN", "en-US"] as const;
/** zh-CN is every user's default; en-US is the second language. */
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** A text in every supported language. */
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps an Office display language ("en-GB", "zh-TW", …) to the nearest supported locale. */
export function nearestLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith("en") ? "en-US" : DEFAULT_LOCALE;
}
