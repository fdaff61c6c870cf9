import type { OptionValue, Severity } from "../basics";

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
