import { MESSAGES, type MessageKey } from "./messages";
import { formatTemplate, type Locale, type Localized, type MessageData } from "../../engine";

/** A message bound to the pane's language; what every component receives as `t`. */
export type Translate = (key: MessageKey, data?: MessageData) => string;

export function translator(locale: Locale): Translate {
  return (key, data = {}) => formatTemplate(MESSAGES[key][locale], data, locale);
}

/** Picks one language of an engine label. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Lists names the way each language does: 甲、乙 / A, B. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === "zh-CN" ? "、" : ", ");
}
