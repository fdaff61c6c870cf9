import { CHECKER_MESSAGES, type CheckerMessageKey } from "./messages";
import {
  type MessageData,
  formatTemplate,
  LOCALES,
  type Locale,
  type Localized,
} from "../../engine";

/** A page message bound to the page's language (the pane's own messages use the pane's `t`). */
export type CheckerTranslate = (key: CheckerMessageKey, data?: MessageData) => string;

export function checkerTranslator(locale: Locale): CheckerTranslate {
  return (key, data = {}) => formatTemplate(CHECKER_MESSAGES[key][locale], data, locale);
}

/** One page message in both languages, so a notice follows a later language switch. */
export function checkerLocalized(key: CheckerMessageKey, data: MessageData = {}): Localized {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, formatTemplate(CHECKER_MESSAGES[key][locale], data, locale)])
  ) as Localized;
}
