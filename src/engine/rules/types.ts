import type { DayNumber } from "../calendar/day";
import type { Period } from "../calendar/period";
import type { CheckSettings } from "../config/settings";
import type { Localized } from "../i18n/locale";
import type {
  BranchRecord,
  DuesRecord,
  LectureRecord,
  LedgerForm,
  LedgerId,
  LedgerWorkbook,
  MeetingRecord,
  MemberRecord,
  RecordLedgerId,
  TalkRecord,
  TrainingRecord,
  UnitInfoKey,
} from "../model/ledgers";
import type { Clause } from "./clause";
import type {
  FindingKind,
  MessageData,
  OptionValue,
  RuleId,
  RuleOptions,
  Severity,
} from "../basics";

export interface OptionSpec<T extends OptionValue> {
  default: T;
  description: Localized;
}

export type OptionSpecs<O extends RuleOptions> = { [K in keyof O]: OptionSpec<O[K]> };

/** specification.md's `kind` column: which findings a rule can produce. */
export type RuleKind = "row" | "period" | "both" | "structure";

/** The fields of each ledger (the `field` names of ledgerSchemas.ts) a rule may declare it reads. */
export interface LedgerFields {
  unitInfo: UnitInfoKey;
  branches: Exclude<keyof BranchRecord, "row">;
  members: Exclude<keyof MemberRecord, "row">;
  meetings: Exclude<keyof MeetingRecord, "row" | "typeText">;
  lectures: Exclude<keyof LectureRecord, "row">;
  dues: Exclude<keyof DuesRecord, "row">;
  training: Exclude<keyof TrainingRecord, "row">;
  talks: Exclude<keyof TalkRecord, "row">;
}

/** Per ledger, the columns whose content changes a rule's verdict. */
export type ReadColumns = { readonly [L in LedgerId]?: readonly LedgerFields[L][] };

/**
 * How a rule's column of the 汇总表's branch table shows the records it made for a branch:
 * - `periods`: one sub-column per period of the year under the header (党员大会 by quarter), each
 *   ✓ / ✗ / 进行中;
 * - `tally`: "met/evaluated" periods, styled ✗ when one is missing;
 * - `mark`: one ✓ / ✗ / 进行中 for all of them; ✗ also when the rule put an error or warning on a
 *   row of the branch (the fact is on the row, e.g. a training held after its deadline);
 * - `member-months`: member-months paid in full `n/m (p%)`: the rule's met months, less those whose
 *   row `shortfallRule` found short.
 */
export type BranchColumnShow =
  | { kind: "periods"; frequency: "quarter" }
  | { kind: "tally" }
  | { kind: "mark" }
  | { kind: "member-months"; shortfallRule: RuleId };

/** A rule's place in the 汇总表's branch table (specification.md, "Summary sheet"). */
export interface BranchColumn {
  /** Left-to-right position among the rule columns (between 支部 and the counts). */
  order: number;
  /** The header; "\n" breaks the line. */
  header: Localized;
  /** Width in characters. */
  width: number;
  show: BranchColumnShow;
}

/**
 * A rule's message ids are a union of its own (inferred from its `messages`, as typescript-eslint
 * infers a rule's MessageIds): `report` and `period` accept only those, so a misspelt or removed id
 * does not compile. Findings carry the id as data; render/messages.ts turns it into words.
 */
export interface RuleMeta<
  O extends RuleOptions,
  Id extends RuleId = RuleId,
  M extends string = string,
> {
  id: Id;
  /** The ledger the rule belongs to (listed under it in docs and the summary). */
  ledger: LedgerId | "structure";
  /** Ledgers the rule cannot run without; when one is missing the rule is skipped, not failed. */
  requires: readonly LedgerId[];
  /**
   * The columns whose content changes the rule's verdict: 填表说明 lists the rule under each of
   * them (template/columnRules.ts). Empty for the structure rules that look at every column alike.
   */
  reads: ReadColumns;
  /** The rule's column in the 汇总表's branch table, when it has one. */
  summary?: BranchColumn;
  /**
   * The forms of a ledger the rule can check (specification.md, "Other forms of a ledger"). A
   * ledger kept in another form makes the rule not checkable, which structure-not-checkable
   * reports. Absent: every form.
   */
  forms?: Partial<Record<RecordLedgerId, readonly LedgerForm[]>>;
  /** Fields a ledger must record for the rule to check it (else: not checkable, reported). */
  needs?: { readonly [L in RecordLedgerId]?: readonly LedgerFields[L][] };
  kind: RuleKind;
  defaultSeverity: Severity;
  /** A short name for lists and the summary's 规则 column. */
  title: Localized;
  /** The requirement in one or two sentences. */
  description: Localized;
  clause: Clause;
  options: OptionSpecs<O>;
  /** Message templates; `{name}` interpolates data, `{name:date}`/`{name:period}`/`{name:amount}` format it. */
  messages: Record<M, Localized>;
  /**
   * Variants for the summary sheet, which is emailed upward and must carry no personal income
   * data: a message that names a 党费基数 or an amount derived from it has a variant here.
   */
  summaryMessages?: Partial<Record<M, Localized>>;
}

/** A row or structure finding as a rule reports it. Severity defaults to the rule's configured one. */
export interface ReportInput<M extends string = string> {
  kind?: Exclude<FindingKind, "period">;
  messageId: M;
  data?: MessageData;
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  branch?: string | null;
  period?: string | null;
  person?: string | null;
  severity?: Severity;
}

/**
 * One evaluated requirement period. Met periods are recorded for the summary; unmet ones become a
 * finding when the period has ended, a reminder when it ends within `reminderDays`, else nothing yet.
 */
export interface PeriodInput<M extends string = string> {
  period: Period;
  met: boolean;
  branch: string | null;
  person?: string | null;
  /** A sub-unit the requirement is about (a 党小组), kept apart in the summary. */
  subject?: string | null;
  messageId: M;
  data?: MessageData;
  sheet?: string | null;
  /**
   * A cell that stands for the unmet period, where the ledger has one (the blank month cell of a
   * member's row in the month-column register): the finding is marked there.
   */
  row?: number | null;
  column?: string | null;
  severity?: Severity;
  /**
   * From this day until the period ends, an unmet period is a reminder even when it ends later than
   * `reminderDays` away (year N's 组织生活会 is reminded from 1 January N+1 to its deadline).
   */
  remindFrom?: DayNumber;
  /**
   * The member's situation excuses the period (specification.md, "Members' situations"): when it
   * ends unmet it is recorded `excused` and reported as a reminder, not an error or a warning.
   */
  excused?: boolean;
}

/** A rule that could not check a ledger: the ledger's form lacks what the rule needs. */
export interface NotCheckable {
  ruleId: RuleId;
  ledger: RecordLedgerId;
  sheet: string;
  form: LedgerForm;
  /** The field the ledger does not record, when that is the reason (else the form itself is). */
  field?: string;
}

export interface RuleContext<O extends RuleOptions, M extends string = string> {
  readonly workbook: LedgerWorkbook;
  readonly settings: CheckSettings;
  readonly options: Readonly<O>;
  /** The rule's configured severity. */
  readonly severity: Severity;
  readonly asOf: DayNumber;
  readonly year: number;
  /** Branch names in 支部信息 order, else as first met in the roster and ledgers. */
  readonly branches: readonly string[];
  /** The rules that cannot check this workbook's ledgers in the form they are kept in. */
  readonly notCheckable: readonly NotCheckable[];
  report(input: ReportInput<M>): void;
  period(input: PeriodInput<M>): void;
  /** Counts ledger rows the rule evaluated (for per-rule statistics). */
  countRows(count?: number): void;
}

export interface RuleModule<
  O extends RuleOptions = RuleOptions,
  Id extends RuleId = RuleId,
  M extends string = string,
> {
  meta: RuleMeta<O, Id, M>;
  check(context: RuleContext<O, M>): void;
}

/**
 * Keeps a rule's option types and its id as a literal while the registry holds every rule in one
 * list, which the compiler holds to RULE_IDS (basics.ts).
 */
export function defineRule<O extends RuleOptions, const Id extends RuleId, M extends string>(
  rule: RuleModule<O, Id, M>
): RuleModule<O, Id, M> {
  return rule;
}
