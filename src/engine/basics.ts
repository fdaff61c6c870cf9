/**
 * The engine's basic vocabulary: the names every layer of the engine uses — rule ids, severities,
 * kinds of finding, message data and option values. It imports nothing, so any module may import
 * it without forming a cycle (a test fails on any import cycle in src/).
 */

/**
 * Every rule id, in the order of specification.md. `rules/registry.ts` holds one module per id,
 * in this order: the compiler refuses a rule whose id is not here or an id without its rule, and
 * test/ruleCompleteness.test.ts holds the order.
 */
export const RULE_IDS = [
  "meeting-general-quarterly",
  "meeting-general-quorum",
  "meeting-committee-monthly",
  "meeting-committee-quorum",
  "meeting-group-monthly",
  "meeting-theme-day-monthly",
  "meeting-org-life-annual",
  "meeting-appraisal-annual",
  "meeting-leader-dual-life",
  "meeting-report-review-annual",
  "meeting-democratic-life-observer",
  "lecture-branch-regular",
  "lecture-department-secretary-annual",
  "lecture-agency-secretary-annual",
  "lecture-branch-secretary-annual",
  "dues-rate",
  "dues-paid-in-full",
  "dues-monthly",
  "dues-backpay-limit",
  "dues-six-month-lapse",
  "dues-collection-day",
  "dues-quarterly-approval",
  "training-secretary-annual",
  "training-new-secretary-6m",
  "training-member-hours",
  "talk-secretary-annual",
  "org-secretary-principal",
  "org-term-due",
  "org-agency-term-due",
  "org-committee-required",
  "org-secretary-in-roster",
  "member-probation-overdue",
  "structure-missing-sheet",
  "structure-several-sheets",
  "structure-missing-column",
  "structure-unreadable-cell",
  "structure-unknown-branch",
  "structure-duplicate-row",
  "structure-not-checkable",
] as const;

/** A rule's id. */
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RULE_IDS as readonly string[]).includes(value);
}

export const SEVERITIES = ["error", "warning", "reminder", "unreadable"] as const;
/** 不符合 / 提示 / 提醒 / 无法识别 (specification.md, "Severities and colours"). */
export type Severity = (typeof SEVERITIES)[number];

/** row: a ledger row fails; period: a required period or person has no row; structure: the workbook's shape. */
export type FindingKind = "row" | "period" | "structure";

/** Values a message template may interpolate. Dates travel as ISO strings, periods as period keys. */
export type MessageData = Record<string, string | number>;

/** Option values a workbook or caller may set for a rule. */
export type OptionValue = number | string | boolean | readonly string[];
export type RuleOptions = Record<string, OptionValue>;
