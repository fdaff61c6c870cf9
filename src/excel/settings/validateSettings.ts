import type { StoredSettings } from "../host";
import {
  dayFromIso,
  type Frequency,
  type DuesRounding,
  SEVERITIES,
  type Severity,
  isRuleId,
} from "../../engine";

/**
 * Settings read back from a document are untrusted: a template passed around for years, edited by
 * another tool, or written by an older version. Each field is kept only when it is valid; anything
 * else falls back to "not set" (单位信息 and the defaults then apply). Never throws.
 */

const FREQUENCIES: readonly Frequency[] = ["month", "quarter", "half-year", "year"];
const ROUNDINGS: readonly DuesRounding[] = ["fen", "jiao", "yuan"];
/** The same bounds the engine accepts for a reporting year. */
const YEAR_MIN = 1950;
const YEAR_MAX = 2200;
const REMINDER_DAYS_MAX = 366;

type RuleChoice = NonNullable<StoredSettings["rules"]>[keyof NonNullable<StoredSettings["rules"]>];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

const isSeverity = (value: unknown): value is Severity => isOneOf(SEVERITIES, value);

function validAsOf(value: unknown): string | undefined {
  return typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    dayFromIso(value) !== undefined
    ? value
    : undefined;
}

function validYear(value: unknown): number | undefined {
  return typeof value === "number" &&
    Number.isInteger(value) &&
    value >= YEAR_MIN &&
    value <= YEAR_MAX
    ? value
    : undefined;
}

function validReminderDays(value: unknown): number | undefined {
  return typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= REMINDER_DAYS_MAX
    ? value
    : undefined;
}

function validRule(value: unknown): RuleChoice | undefined {
  if (!isRecord(value)) return undefined;
  const choice: NonNullable<RuleChoice> = {};
  if (typeof value.enabled === "boolean") choice.enabled = value.enabled;
  if (isSeverity(value.severity)) choice.severity = value.severity;
  return Object.keys(choice).length > 0 ? choice : undefined;
}

function validRules(value: unknown): StoredSettings["rules"] {
  if (!isRecord(value)) return undefined;
  const rules: NonNullable<StoredSettings["rules"]> = {};
  for (const [id, setting] of Object.entries(value)) {
    const choice = validRule(setting);
    if (isRuleId(id) && choice) rules[id] = choice;
  }
  return Object.keys(rules).length > 0 ? rules : undefined;
}

/** The valid part of anything: only fields that are set and valid appear in the result. */
export function validateStoredSettings(value: unknown): StoredSettings {
  if (!isRecord(value)) return {};
  const result: StoredSettings = {};
  const asOf = validAsOf(value.asOf);
  if (asOf !== undefined) result.asOf = asOf;
  const year = validYear(value.year);
  if (year !== undefined) result.year = year;
  if (isOneOf(FREQUENCIES, value.lectureFrequency))
    result.lectureFrequency = value.lectureFrequency;
  if (isOneOf(ROUNDINGS, value.duesRounding)) result.duesRounding = value.duesRounding;
  const reminderDays = validReminderDays(value.reminderDays);
  if (reminderDays !== undefined) result.reminderDays = reminderDays;
  const rules = validRules(value.rules);
  if (rules) result.rules = rules;
  return result;
}
