import { RULES, type RegisteredRuleId } from "./registry";

/** A rule's id: one of the registry's (registry.ts is the one list of rules). */
export type RuleId = RegisteredRuleId;

/** Every rule id, in registry order. */
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.meta.id);

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RULE_IDS as readonly string[]).includes(value);
}
