/** Every rule of specification.md (v1). The registry must hold a module for each; a test enforces it. */
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
  "lecture-branch-regular",
  "lecture-department-secretary-annual",
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
  "org-secretary-principal",
  "org-term-due",
  "org-committee-required",
  "org-secretary-in-roster",
  "structure-missing-sheet",
  "structure-missing-column",
  "structure-unreadable-cell",
  "structure-unknown-branch",
  "structure-duplicate-row",
  "structure-not-checkable",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RULE_IDS as readonly string[]).includes(value);
}
