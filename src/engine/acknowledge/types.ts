/**
 * 已说明: a warning (提示) the department has verified and explained. It stays listed, apart, with
 * its reason, and does not come back as new on the next check (specification.md, "Explained
 * warnings (已说明)").
 */
export interface Acknowledgement {
  /** The finding's identity (findingKey.ts): rule, message, sheet and its content, not its row. */
  key: string;
  /** Why the department accepts the finding, in its own words. */
  reason: string;
  /** The day it was explained, ISO "2025-01-05". */
  date: string;
}

/** What a finding carries once an acknowledgement matched it. */
export type Acknowledged = Pick<Acknowledgement, "reason" | "date">;

/** Bounds on what a workbook may store; the summary's reason column and the settings part stay small. */
export const ACKNOWLEDGEMENT_LIMITS = {
  reason: 200,
  key: 1_000,
  entries: 5_000,
} as const;
