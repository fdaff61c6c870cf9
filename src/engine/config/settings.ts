import type { DayNumber } from "../calendar/day";
import type { Frequency } from "../calendar/period";
import type { Locale } from "../i18n/locale";
import type { Severity, RuleId, OptionValue } from "../basics";

/** How 应交党费 is rounded (DF leaves it to local practice): to the 分, the 角 or the 元. */
export type DuesRounding = "fen" | "jiao" | "yuan";

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, OptionValue>;
}

/** What a caller (task pane, CLI, test) may set. Anything left out comes from 单位信息, then defaults. */
export interface CheckOptions {
  /** The day the check is "as of": ISO "2024-12-31" or an Excel serial. Default: today (China time). */
  asOf?: string | DayNumber;
  /** Milliseconds since the epoch that stand for "now" (tests and reproducible runs). */
  now?: number;
  year?: number;
  locale?: Locale;
  reminderDays?: number;
  duesRounding?: DuesRounding;
  /** 培训类别 words that make a training count as 集中培训/集中轮训. */
  centralTrainingKeywords?: readonly string[];
  /** Words that keep a training from counting even when it names a central keyword. */
  excludedTrainingKeywords?: readonly string[];
  lectureFrequency?: Frequency;
  /** 党费集中交纳日 (day of month); null switches the collection-day rule off. */
  collectionDay?: number | null;
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

export type YearSource = "option" | "unit-info" | "ledger-dates" | "as-of";

/** Everything rules read besides the ledgers, resolved once per check. */
export interface CheckSettings {
  asOf: DayNumber;
  year: number;
  yearSource: YearSource;
  locale: Locale;
  reminderDays: number;
  duesRounding: DuesRounding;
  centralTrainingKeywords: readonly string[];
  excludedTrainingKeywords: readonly string[];
  lectureFrequency: Frequency;
  collectionDay: number | null;
  /** The caller switched the collection day off (`collectionDay: null`): no day is expected. */
  collectionDayOff: boolean;
  unitName: string | null;
  departmentSecretary: string | null;
  agencySecretary: string | null;
  rules: Partial<Record<RuleId, RuleSetting>>;
}

/** specification.md defaults. */
export const DEFAULTS = {
  reminderDays: 15,
  duesRounding: "fen" as DuesRounding,
  centralTrainingKeywords: [
    "集中",
    "轮训",
    "党校",
    "示范培训",
    "示范班",
    "培训班",
    "任职培训",
    "专题班",
  ],
  excludedTrainingKeywords: ["网络", "线上", "自学"],
  lectureFrequency: "quarter" as Frequency,
} as const;
