import type { RuleId } from "../basics";
import type { RuleModule } from "./types";
import meetingGeneralQuarterly from "./meeting-general-quarterly/rule";
import meetingGeneralQuorum from "./meeting-general-quorum/rule";
import meetingCommitteeMonthly from "./meeting-committee-monthly/rule";
import meetingCommitteeQuorum from "./meeting-committee-quorum/rule";
import meetingGroupMonthly from "./meeting-group-monthly/rule";
import meetingThemeDayMonthly from "./meeting-theme-day-monthly/rule";
import meetingOrgLifeAnnual from "./meeting-org-life-annual/rule";
import meetingAppraisalAnnual from "./meeting-appraisal-annual/rule";
import meetingLeaderDualLife from "./meeting-leader-dual-life/rule";
import meetingReportReviewAnnual from "./meeting-report-review-annual/rule";
import meetingDemocraticLifeObserver from "./meeting-democratic-life-observer/rule";
import lectureBranchRegular from "./lecture-branch-regular/rule";
import lectureDepartmentSecretaryAnnual from "./lecture-department-secretary-annual/rule";
import lectureAgencySecretaryAnnual from "./lecture-agency-secretary-annual/rule";
import lectureBranchSecretaryAnnual from "./lecture-branch-secretary-annual/rule";
import duesRate from "./dues-rate/rule";
import duesPaidInFull from "./dues-paid-in-full/rule";
import duesMonthly from "./dues-monthly/rule";
import duesBackpayLimit from "./dues-backpay-limit/rule";
import duesSixMonthLapse from "./dues-six-month-lapse/rule";
import duesCollectionDay from "./dues-collection-day/rule";
import duesQuarterlyApproval from "./dues-quarterly-approval/rule";
import trainingSecretaryAnnual from "./training-secretary-annual/rule";
import trainingNewSecretarySixMonths from "./training-new-secretary-6m/rule";
import trainingMemberHours from "./training-member-hours/rule";
import talkSecretaryAnnual from "./talk-secretary-annual/rule";
import orgSecretaryPrincipal from "./org-secretary-principal/rule";
import orgTermDue from "./org-term-due/rule";
import orgAgencyTermDue from "./org-agency-term-due/rule";
import orgCommitteeRequired from "./org-committee-required/rule";
import orgSecretaryInRoster from "./org-secretary-in-roster/rule";
import memberProbationOverdue from "./member-probation-overdue/rule";
import structureMissingSheet from "./structure-missing-sheet/rule";
import structureSeveralSheets from "./structure-several-sheets/rule";
import structureMissingColumn from "./structure-missing-column/rule";
import structureUnreadableCell from "./structure-unreadable-cell/rule";
import structureUnknownBranch from "./structure-unknown-branch/rule";
import structureDuplicateRow from "./structure-duplicate-row/rule";
import structureNotCheckable from "./structure-not-checkable/rule";

/**
 * Every rule's module, in the order of RULE_IDS (basics.ts) and specification.md. The columns
 * 填表说明 lists under each rule and the 汇总表's branch table come from their metadata.
 */
const REGISTERED = [
  meetingGeneralQuarterly,
  meetingGeneralQuorum,
  meetingCommitteeMonthly,
  meetingCommitteeQuorum,
  meetingGroupMonthly,
  meetingThemeDayMonthly,
  meetingOrgLifeAnnual,
  meetingAppraisalAnnual,
  meetingLeaderDualLife,
  meetingReportReviewAnnual,
  meetingDemocraticLifeObserver,
  lectureBranchRegular,
  lectureDepartmentSecretaryAnnual,
  lectureAgencySecretaryAnnual,
  lectureBranchSecretaryAnnual,
  duesRate,
  duesPaidInFull,
  duesMonthly,
  duesBackpayLimit,
  duesSixMonthLapse,
  duesCollectionDay,
  duesQuarterlyApproval,
  trainingSecretaryAnnual,
  trainingNewSecretarySixMonths,
  trainingMemberHours,
  talkSecretaryAnnual,
  orgSecretaryPrincipal,
  orgTermDue,
  orgAgencyTermDue,
  orgCommitteeRequired,
  orgSecretaryInRoster,
  memberProbationOverdue,
  structureMissingSheet,
  structureSeveralSheets,
  structureMissingColumn,
  structureUnreadableCell,
  structureUnknownBranch,
  structureDuplicateRow,
  structureNotCheckable,
] as const;

type RegisteredRuleId = (typeof REGISTERED)[number]["meta"]["id"];

/** Compiles only while every id of RULE_IDS has its rule here (defineRule admits no other id). */
export const EVERY_RULE_REGISTERED: [Exclude<RuleId, RegisteredRuleId>] extends [never]
  ? true
  : never = true;

type MessageIdsOf<R> = R extends { meta: { messages: Record<infer M, unknown> } } ? M : never;
/** The ids of the rules whose message ids are any string. */
type Untyped<R> = R extends { meta: { id: infer Id } }
  ? string extends MessageIdsOf<R>
    ? Id
    : never
  : never;
type UntypedMessages = Untyped<(typeof REGISTERED)[number]>;

/** Compiles only while every rule's message ids are a union of literals, not any string. */
export const EVERY_MESSAGE_ID_TYPED: [UntypedMessages] extends [never] ? true : never = true;

export const RULES: readonly RuleModule[] = REGISTERED;

const BY_ID = new Map<RuleId, RuleModule>(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: RuleId): RuleModule | undefined {
  return BY_ID.get(id);
}
