import {
  isoDate,
  type CheckSettings,
  type StoredSettings,
  formatDate,
  type Locale,
} from "../../engine";
import type { Translate } from "../i18n/translate";

/** The year and as-of day as the main pane states them, in words. */
export interface ScopeText {
  year: string;
  asOf: string;
  /** The as-of day is the day of the check because none is set: the counts move with the calendar. */
  asOfUnset: boolean;
}

/**
 * What the pane says about the year and as-of day: after a check, what that check used and where
 * the year came from; before one, what the next check will use. An as-of day nobody set is today's,
 * and the pane says so, since it decides which periods count as ended.
 */
export function scopeText(
  t: Translate,
  locale: Locale,
  stored: StoredSettings,
  used: Pick<CheckSettings, "year" | "yearSource" | "asOf"> | null,
  today: string
): ScopeText {
  const asOfUnset = stored.asOf === undefined;
  if (used) {
    const date = formatDate(isoDate(used.asOf), locale);
    return {
      year: t("scopeYear", { year: used.year }) + t(`scopeYear_${used.yearSource}`),
      asOf: asOfUnset ? t("scopeAsOfUsedUnset", { date }) : t("scopeAsOf", { date }),
      asOfUnset,
    };
  }
  return {
    year:
      stored.year !== undefined
        ? t("scopeYear", { year: stored.year }) + t("scopeYear_option")
        : t("scopeYearUnset"),
    asOf: asOfUnset
      ? t("scopeAsOfUnset", { date: formatDate(today, locale) })
      : t("scopeAsOf", { date: formatDate(stored.asOf ?? today, locale) }),
    asOfUnset,
  };
}
