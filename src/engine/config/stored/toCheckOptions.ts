import type { Acknowledgement } from "../../acknowledge/types";
import type { Locale } from "../../i18n/locale";
import { isRuleId, type RuleId } from "../../basics";
import type { CheckOptions, RuleSetting } from "../settings";
import type { StoredSettings } from "./types";
import { validateStoredSettings } from "./validateStoredSettings";

/**
 * The engine's options from the stored settings, the warnings the department explained and the
 * pane's language. Settings that are not set stay out, so 单位信息 and the specification.md
 * defaults decide them (see engine/config).
 */
export function toCheckOptions(
  stored: StoredSettings,
  locale: Locale,
  acknowledgements: readonly Acknowledgement[] = []
): CheckOptions {
  const valid = validateStoredSettings(stored);
  const options: CheckOptions = { locale };
  if (acknowledgements.length > 0) options.acknowledgements = [...acknowledgements];
  if (valid.asOf !== undefined) options.asOf = valid.asOf;
  if (valid.year !== undefined) options.year = valid.year;
  if (valid.lectureFrequency !== undefined) options.lectureFrequency = valid.lectureFrequency;
  if (valid.duesRounding !== undefined) options.duesRounding = valid.duesRounding;
  if (valid.reminderDays !== undefined) options.reminderDays = valid.reminderDays;
  if (valid.rules) {
    const rules: Partial<Record<RuleId, RuleSetting>> = {};
    for (const [id, choice] of Object.entries(valid.rules)) {
      if (isRuleId(id) && choice) rules[id] = { ...choice };
    }
    options.rules = rules;
  }
  return options;
}
