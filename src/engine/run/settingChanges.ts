import type { OptionValue } from "../basics";
import { type CheckOptions, DEFAULTS } from "../config/settings";
import { optionText, type ChangeableSetting, type SettingChange } from "../config/settingChange";
import type { LedgerWorkbook } from "../model/ledgers";
import { RULES } from "../rules/registry";

const sameValue = (a: OptionValue, b: OptionValue): boolean => optionText(a) === optionText(b);

function ruleChanges(options: CheckOptions): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const { meta } of RULES) {
    const setting = options.rules?.[meta.id];
    if (!setting) continue;
    if (setting.enabled === false) {
      changes.push({ kind: "rule-off", ruleId: meta.id });
      continue;
    }
    if (setting.severity !== undefined && setting.severity !== meta.defaultSeverity) {
      changes.push({
        kind: "rule-severity",
        ruleId: meta.id,
        from: meta.defaultSeverity,
        to: setting.severity,
      });
    }
    for (const [option, spec] of Object.entries(meta.options)) {
      const value = setting.options?.[option];
      // runRules ignores an override of the wrong type; so does the list of changes.
      if (value === undefined || typeof value !== typeof spec.default) continue;
      if (sameValue(value, spec.default)) continue;
      changes.push({
        kind: "rule-option",
        ruleId: meta.id,
        option,
        value: optionText(value),
        default: optionText(spec.default),
      });
    }
  }
  return changes;
}

/**
 * What this check's options change against 单位信息 and the specification's defaults. The year and
 * the as-of day are not changes: every summary states them.
 */
export function settingChanges(options: CheckOptions, workbook: LedgerWorkbook): SettingChange[] {
  const info = workbook.unitInfo?.info;
  const changes = ruleChanges(options);
  const setting = (
    name: ChangeableSetting,
    value: OptionValue | null,
    base: OptionValue | null
  ) => {
    const text = optionText(value);
    const baseText = optionText(base);
    if (text !== baseText)
      changes.push({ kind: "setting", setting: name, value: text, default: baseText });
  };
  if (options.lectureFrequency !== undefined) {
    setting(
      "lectureFrequency",
      options.lectureFrequency,
      info?.lectureFrequency ?? DEFAULTS.lectureFrequency
    );
  }
  if (options.duesRounding !== undefined) {
    setting("duesRounding", options.duesRounding, DEFAULTS.duesRounding);
  }
  if (options.reminderDays !== undefined && Number.isFinite(options.reminderDays)) {
    setting("reminderDays", options.reminderDays, DEFAULTS.reminderDays);
  }
  if (options.collectionDay !== undefined) {
    setting("collectionDay", options.collectionDay, info?.collectionDay ?? null);
  }
  if (options.centralTrainingKeywords !== undefined) {
    setting(
      "centralTrainingKeywords",
      options.centralTrainingKeywords,
      DEFAULTS.centralTrainingKeywords
    );
  }
  if (options.excludedTrainingKeywords !== undefined) {
    setting(
      "excludedTrainingKeywords",
      options.excludedTrainingKeywords,
      DEFAULTS.excludedTrainingKeywords
    );
  }
  return changes;
}
