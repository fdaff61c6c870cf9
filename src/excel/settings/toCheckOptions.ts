import type { StoredSettings } from "../host";
import { validateStoredSettings } from "./validateSettings";
import {
  type CheckOptions,
  type RuleSetting,
  type Locale,
  isRuleId,
  type RuleId,
} from "../../engine";

/**
 * The engine's options from the stored settings and the pane's language. Settings that are not
 * set stay out, so 单位信息 and the specification.md defaults decide them (see engine/config).
 */
export function toCheckOptions(stored: StoredSettings, locale: Locale): CheckOptions {
  const valid = validateStoredSettings(stored);
  const options: CheckOptions = { locale };
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
