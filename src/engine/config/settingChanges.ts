import type { Severity } from "../findings/types";
import type { LedgerWorkbook } from "../model/ledgers";
import { RULES } from "../rules/registry";
import type { OptionValue } from "../rules/types";
import { type CheckOptions, DEFAULTS } from "./settings";

/** The check-wide settings a caller (the pane's 设置, the command line) can change. */
export const CHANGEABLE_SETTINGS = [
  "lectureFrequency",
  "duesRounding",
  "reminderDays",
  "collectionDay",
  "centralTrainingKeywords",
  "excludedTrainingKeywords",
] as const;
export type ChangeableSetting = (typeof CHANGEABLE_SETTINGS)[number];

/**
 * One way this check departs from the rules as written (specification.md, "Settings stated with
 * the results"): a rule switched off, its severity or an option changed, or a check-wide setting
 * that changes verdicts set apart from 单位信息 and the defaults. Values are plain strings (lists
 * joined with 、, switches "true"/"false"), so the roll-up can show a department's changes
 * whatever version wrote them; rule ids are strings for the same reason.
 */
export type SettingChange =
  | { kind: "rule-off"; ruleId: string }
  | { kind: "rule-severity"; ruleId: string; from: Severity; to: Severity }
  | { kind: "rule-option"; ruleId: string; option: string; value: string; default: string }
  | { kind: "setting"; setting: ChangeableSetting; value: string; default: string };

/** An option's value as the change list writes it. */
export function optionText(value: OptionValue | null): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join("、");
  return String(value);
}

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
