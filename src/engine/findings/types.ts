import type { Acknowledged } from "../acknowledge/types";
import type { RuleId } from "../rules/ruleIds";

export const SEVERITIES = ["error", "warning", "reminder", "unreadable"] as const;
/** 不符合 / 提示 / 提醒 / 无法识别 (specification.md, "Severities and colours"). */
export type Severity = (typeof SEVERITIES)[number];

/** row: a ledger row fails; period: a required period or person has no row; structure: the workbook's shape. */
export type FindingKind = "row" | "period" | "structure";

/** Values a message template may interpolate. Dates travel as ISO strings, periods as period keys. */
export type MessageData = Record<string, string | number>;

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
  /**
   * 已说明: the department verified this warning and gave a reason (acknowledge/). It keeps its
   * severity and still counts in the 合规率, but the totals count it apart.
   */
  acknowledged?: Acknowledged;
}

/** A finding with its message and basis rendered in the report's language. */
export interface Finding extends FindingData {
  message: string;
  basis: string;
}
