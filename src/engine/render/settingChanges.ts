import { isRuleId } from "../basics";
import type { SettingChange } from "../config/settingChange";
import { formatTemplate } from "../i18n/formatTemplate";
import { SETTING_CHANGE_TEXT, SEVERITY_LABELS } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { ruleById } from "../rules/registry";

type Text = keyof typeof SETTING_CHANGE_TEXT;
const isText = (key: string): key is Text => key in SETTING_CHANGE_TEXT;

/** A rule by its title in quotes; a rule this version does not know (a newer sender's) by its id. */
function ruleName(id: string, locale: Locale): string {
  const title = isRuleId(id) ? ruleById(id)?.meta.title[locale] : undefined;
  return locale === "zh-CN" ? `“${title ?? id}”` : `"${title ?? id}"`;
}

/** An option by what it means (its description), or by its name where this version lacks it. */
function optionName(ruleId: string, option: string, locale: Locale): string {
  const spec = isRuleId(ruleId) ? ruleById(ruleId)?.meta.options[option] : undefined;
  return spec?.description[locale] ?? option;
}

/** A setting's value in words where it is a choice (每季度, 到角, 是), else as written. */
function valueText(value: string, locale: Locale): string {
  if (value === "") return SETTING_CHANGE_TEXT.none[locale];
  return isText(value) ? SETTING_CHANGE_TEXT[value][locale] : value;
}

/**
 * The changes as sentences, one per kind in a fixed order: rules switched off, severities,
 * rule options, check-wide settings. Empty when the check followed the rules as written.
 */
export function describeSettingChanges(
  changes: readonly SettingChange[],
  locale: Locale
): string[] {
  const text = (key: Text, data: Record<string, string>): string =>
    formatTemplate(SETTING_CHANGE_TEXT[key][locale], data, locale);
  const join = (parts: string[]): string => parts.join(locale === "zh-CN" ? "；" : "; ");
  const lines: string[] = [];
  const off = changes.flatMap((c) => (c.kind === "rule-off" ? [ruleName(c.ruleId, locale)] : []));
  if (off.length > 0) {
    lines.push(text("rulesOff", { rules: off.join(locale === "zh-CN" ? "" : ", ") }));
  }
  const severities = changes.flatMap((c) =>
    c.kind === "rule-severity"
      ? [
          text("severity", {
            rule: ruleName(c.ruleId, locale),
            from: SEVERITY_LABELS[c.from][locale],
            to: SEVERITY_LABELS[c.to][locale],
          }),
        ]
      : []
  );
  if (severities.length > 0) lines.push(text("severities", { changes: join(severities) }));
  const options = changes.flatMap((c) =>
    c.kind === "rule-option"
      ? [
          text("option", {
            rule: ruleName(c.ruleId, locale),
            option: optionName(c.ruleId, c.option, locale),
            value: valueText(c.value, locale),
            default: valueText(c.default, locale),
          }),
        ]
      : []
  );
  if (options.length > 0) lines.push(text("options", { changes: join(options) }));
  const settings = changes.flatMap((c) =>
    c.kind === "setting"
      ? [
          text("setting", {
            setting: SETTING_CHANGE_TEXT[c.setting][locale],
            value: valueText(c.value, locale),
            default: valueText(c.default, locale),
          }),
        ]
      : []
  );
  if (settings.length > 0) lines.push(text("settings", { changes: join(settings) }));
  return lines;
}
