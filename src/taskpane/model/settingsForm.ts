import type { StoredSettings } from "../../excel/host";
import type { MessageKey } from "../i18n/messages";
import {
  type Frequency,
  type DuesRounding,
  DEFAULTS,
  RULES,
  SEVERITIES,
  type Severity,
  type RuleId,
} from "../../engine";

export const FREQUENCIES: readonly Frequency[] = ["month", "quarter", "half-year", "year"];
export const ROUNDINGS: readonly DuesRounding[] = ["fen", "jiao", "yuan"];

export interface RuleChoice {
  enabled: boolean;
  severity: Severity;
}

/** The settings as the form edits them: text fields stay text until saved. */
export interface SettingsForm {
  asOf: string;
  year: string;
  /** "": follow 单位信息 (default quarterly). */
  lectureFrequency: Frequency | "";
  duesRounding: DuesRounding;
  reminderDays: string;
  rules: Record<RuleId, RuleChoice>;
}

export type SettingsField = "asOf" | "year" | "reminderDays";
export type SettingsErrors = Partial<Record<SettingsField, MessageKey>>;

export type SettingsParse =
  { ok: true; settings: StoredSettings } | { ok: false; errors: SettingsErrors };

export function isFrequency(value: string): value is Frequency {
  return (FREQUENCIES as readonly string[]).includes(value);
}

export function isRounding(value: string): value is DuesRounding {
  return (ROUNDINGS as readonly string[]).includes(value);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

function defaultRules(): Record<RuleId, RuleChoice> {
  return Object.fromEntries(
    RULES.map((rule) => [rule.meta.id, { enabled: true, severity: rule.meta.defaultSeverity }])
  ) as Record<RuleId, RuleChoice>;
}

/** The form for stored settings; anything not stored shows its default. */
export function toForm(stored: StoredSettings): SettingsForm {
  const rules = defaultRules();
  for (const rule of RULES) {
    const saved = stored.rules?.[rule.meta.id];
    if (!saved) continue;
    rules[rule.meta.id] = {
      enabled: saved.enabled ?? true,
      severity: saved.severity ?? rule.meta.defaultSeverity,
    };
  }
  return {
    asOf: stored.asOf ?? "",
    year: stored.year === undefined ? "" : String(stored.year),
    lectureFrequency: stored.lectureFrequency ?? "",
    duesRounding: stored.duesRounding ?? DEFAULTS.duesRounding,
    reminderDays: String(stored.reminderDays ?? DEFAULTS.reminderDays),
    rules,
  };
}

/** The form a reset gives: every rule on at its default severity, nothing overridden. */
export const defaultForm = (): SettingsForm => toForm({});

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/**
 * Validates the form and turns it into what is stored. Rules at their defaults are left out, so
 * a workbook stores only what the user changed and later default changes still reach it.
 */
export function fromForm(form: SettingsForm): SettingsParse {
  const errors: SettingsErrors = {};
  const settings: StoredSettings = { duesRounding: form.duesRounding };
  const asOf = form.asOf.trim();
  if (asOf !== "") {
    if (isIsoDate(asOf)) settings.asOf = asOf;
    else errors.asOf = "asOfInvalid";
  }
  const yearText = form.year.trim();
  if (yearText !== "") {
    const year = wholeNumber(yearText, 2000, 2100);
    if (year === undefined) errors.year = "yearInvalid";
    else settings.year = year;
  }
  const days = wholeNumber(form.reminderDays.trim(), 0, 366);
  if (days === undefined) errors.reminderDays = "reminderDaysInvalid";
  else settings.reminderDays = days;
  if (form.lectureFrequency !== "") settings.lectureFrequency = form.lectureFrequency;

  const rules: NonNullable<StoredSettings["rules"]> = {};
  for (const rule of RULES) {
    const choice = form.rules[rule.meta.id];
    if (choice.enabled && choice.severity === rule.meta.defaultSeverity) continue;
    rules[rule.meta.id] = { enabled: choice.enabled, severity: choice.severity };
  }
  if (Object.keys(rules).length > 0) settings.rules = rules;

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}
