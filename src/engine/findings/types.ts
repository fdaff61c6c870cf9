import type { FindingKind, MessageData, RuleId, Severity } from "../basics";

/** A finding as data, before it is rendered into a language. */
export interface FindingData {
  ruleId: RuleId;
  severity: Severity;
  kind: FindingKind;
  /** The worksheet's own name, when the finding belongs to a sheet. */
  sheet: string | null;
  /** 1-based sheet row as Excel shows it. */
  row: number | null;
  /** Column letter as Excel shows it ("D"). */
  column: string | null;
  branch: string | null;
  /** "2024", "2024-H1", "2024-Q2" or "2024-05". */
  period: string | null;
  /** The member's name for member-level findings. */
  person: string | null;
  messageId: string;
  data: MessageData;
}

/** A finding with its message and basis rendered in the report's language. */
export interface Finding extends FindingData {
  message: string;
  basis: string;
}
