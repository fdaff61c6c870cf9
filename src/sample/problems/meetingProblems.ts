import { absenteeText } from "../attendance";
import { isoOf, monthKeyOf, ymdOf } from "../calendar";
import type { DraftRow, MeetingKind, MeetingMeta } from "../draft";
import { hasVoteOn, membersOn, type SampleBranch, type SampleMember } from "../model";
import {
  branchNamed,
  onlyRow,
  type ProblemContext,
  type ProblemInjector,
  quarterKey,
  removeRows,
} from "./context";

const monthOf = (row: DraftRow<MeetingMeta>): number => ymdOf(row.meta.date).month;
const quarterOf = (row: DraftRow<MeetingMeta>): number => Math.ceil(monthOf(row) / 3);

function meetingOf(
  context: ProblemContext,
  branch: SampleBranch,
  kind: MeetingKind,
  where: (row: DraftRow<MeetingMeta>) => boolean,
  what: string
): DraftRow<MeetingMeta> {
  return onlyRow(
    context.draft.meetings,
    `${branch.name}${what}`,
    (r) => r.meta.branch === branch.name && r.meta.kind === kind && where(r)
  );
}

/** Rewrites a row's turnout so that exactly `absent` stayed away, with their reasons. */
function setTurnout(
  context: ProblemContext,
  row: DraftRow<MeetingMeta>,
  branch: SampleBranch,
  absent: readonly SampleMember[]
): void {
  const expected = membersOn(branch, row.meta.date);
  row.cells.attended = expected.length - absent.length;
  row.cells.absentees = absenteeText(absent, row.meta.date);
  if (row.cells.expectedVoting !== undefined) {
    const voters = expected.filter((m) => hasVoteOn(m, row.meta.date));
    row.cells.attendedVoting = voters.filter((m) => !absent.includes(m)).length;
  }
}

/** Voters of the meeting who may stay away: not the chair or the minute-taker. */
function absentableVoters(branch: SampleBranch, row: DraftRow<MeetingMeta>): SampleMember[] {
  return membersOn(branch, row.meta.date).filter(
    (m) => hasVoteOn(m, row.meta.date) && m.name !== row.cells.host && m.name !== row.cells.recorder
  );
}

const generalMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const row = meetingOf(context, branch, "general", (r) => quarterOf(r) === 3, "第三季度党员大会");
  removeRows(context.draft.meetings, [row]);
  return [
    {
      ruleId: "meeting-general-quarterly",
      ledger: "meetings",
      branch: branch.name,
      period: quarterKey(context.year, 3),
      description: `${branch.name}第三季度没有召开支部党员大会`,
    },
  ];
};

/**
 * Exactly half of the retired branch's voters at its first-quarter meeting, a study session: 半数以上
 * includes half, so this is sound and must not be reported (it was, before issue 12).
 */
const quorumExactlyHalfPasses: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 3);
  const row = meetingOf(context, branch, "general", (r) => quarterOf(r) === 1, "第一季度党员大会");
  const voters = membersOn(branch, row.meta.date).filter((m) => hasVoteOn(m, row.meta.date));
  if (voters.length % 2 !== 0) throw new Error(`${branch.name} needs an even number of voters`);
  const absent = context.random.sample(absentableVoters(branch, row), voters.length / 2);
  setTurnout(context, row, branch, absent);
  return [];
};

/**
 * The meeting that admitted 机关第二党支部's new 预备党员 records its 赞成人数, and it is not more
 * than half of the voters expected: the resolution could not pass (发展党员工作细则 第二十一条).
 */
const admissionApprovalsShort: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const row = meetingOf(
    context,
    branch,
    "general",
    (r) => String(r.cells.topic ?? "").includes("预备党员"),
    "讨论接收预备党员的党员大会"
  );
  const voters = membersOn(branch, row.meta.date).filter((m) => hasVoteOn(m, row.meta.date));
  const approvals = Math.floor(voters.length / 2);
  row.cells.approvals = approvals;
  return [
    {
      ruleId: "meeting-general-quorum",
      ledger: "meetings",
      at: row,
      description: `${branch.name}${isoOf(row.meta.date)}讨论接收预备党员的党员大会赞成${approvals}人，未超过应到会有表决权党员${voters.length}人的半数，接收预备党员的决议不能通过`,
    },
  ];
};

const quorumBelowHalf: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 0);
  const row = meetingOf(context, branch, "general", (r) => quarterOf(r) === 3, "第三季度党员大会");
  const voters = membersOn(branch, row.meta.date).filter((m) => hasVoteOn(m, row.meta.date));
  const missing = Math.floor(voters.length / 2) + 1;
  const absent = context.random.sample(absentableVoters(branch, row), missing);
  setTurnout(context, row, branch, absent);
  return [
    {
      ruleId: "meeting-general-quorum",
      ledger: "meetings",
      at: row,
      description: `${branch.name}${isoOf(row.meta.date)}党员大会（暑期）有表决权的到会党员${voters.length - missing}人，不足应到${voters.length}人的半数`,
    },
  ];
};

const committeeMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 0);
  const row = meetingOf(context, branch, "committee", (r) => monthOf(r) === 8, "8月支委会");
  removeRows(context.draft.meetings, [row]);
  return [
    {
      ruleId: "meeting-committee-monthly",
      ledger: "meetings",
      branch: branch.name,
      period: monthKeyOf(context.year, 8),
      description: `${branch.name}8月没有召开支部委员会会议（暑期）`,
    },
  ];
};

const committeeQuorum: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const row = meetingOf(context, branch, "committee", (r) => monthOf(r) === 5, "5月支委会");
  const members = [branch.secretary, ...branch.committee];
  const absent = branch.committee.filter((m) => m.name !== row.cells.recorder).slice(0, 3);
  row.cells.expected = members.length;
  row.cells.attended = members.length - absent.length;
  row.cells.absentees = absenteeText(absent, row.meta.date);
  return [
    {
      ruleId: "meeting-committee-quorum",
      ledger: "meetings",
      at: row,
      description: `${branch.name}${isoOf(row.meta.date)}支委会应到委员${members.length}人、实到${members.length - absent.length}人，不足半数`,
    },
  ];
};

const groupMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 0);
  const group = branch.groups[1] ?? "";
  const row = meetingOf(
    context,
    branch,
    "group",
    (r) => r.meta.group === group && monthOf(r) === 2,
    `${group}2月党小组会`
  );
  removeRows(context.draft.meetings, [row]);
  return [
    {
      ruleId: "meeting-group-monthly",
      ledger: "meetings",
      branch: branch.name,
      period: monthKeyOf(context.year, 2),
      description: `${branch.name}${group}2月没有召开党小组会（春节假期）`,
    },
  ];
};

const themeDayMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 2);
  const row = meetingOf(context, branch, "theme-day", (r) => monthOf(r) === 10, "10月主题党日");
  removeRows(context.draft.meetings, [row]);
  return [
    {
      ruleId: "meeting-theme-day-monthly",
      ledger: "meetings",
      branch: branch.name,
      period: monthKeyOf(context.year, 10),
      description: `${branch.name}10月没有开展主题党日活动（国庆长假）`,
    },
  ];
};

/** The 组织生活会 reviewing the sample's year (held in January of the next year). */
const thisYearsReview = (context: ProblemContext) => (row: DraftRow<MeetingMeta>) =>
  String(row.cells.topic ?? "").includes(`${context.year}年度`);

const orgLifeMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 2);
  const row = meetingOf(context, branch, "org-life", thisYearsReview(context), "本年度组织生活会");
  removeRows(context.draft.meetings, [row]);
  return [
    {
      ruleId: "meeting-org-life-annual",
      ledger: "meetings",
      branch: branch.name,
      period: String(context.year),
      description: `${branch.name}没有召开${context.year}年度组织生活会的记录（只记录了民主评议党员）；检查基准日在次年3月31日截止日前，列为提醒`,
    },
  ];
};

const appraisalMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const row = meetingOf(context, branch, "org-life", thisYearsReview(context), "本年度组织生活会");
  row.cells.topic = `召开${context.year}年度组织生活会，开展批评和自我批评`;
  return [
    {
      ruleId: "meeting-appraisal-annual",
      ledger: "meetings",
      branch: branch.name,
      period: String(context.year),
      description: `${branch.name}召开了${context.year}年度组织生活会，但没有开展该年度民主评议党员的记录；截止日前列为提醒`,
    },
  ];
};

const leaderAbsent: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 0);
  const row = meetingOf(context, branch, "org-life", thisYearsReview(context), "本年度组织生活会");
  const leader = branch.members.find(
    (m) => m.isLeader && m.adminTitle === "副局长" && m !== context.department.departmentSecretary
  );
  if (!leader) throw new Error(`${branch.name} has no deputy director to be absent`);
  const attendees = String(row.cells.attendees ?? "").split("、");
  row.cells.attendees = attendees.filter((name) => name !== leader.name).join("、");
  row.cells.attended = Number(row.cells.attended) - 1;
  const note = `${leader.name}（随团出访）`;
  row.cells.absentees = row.cells.absentees ? `${String(row.cells.absentees)}、${note}` : note;
  return [
    {
      ruleId: "meeting-leader-dual-life",
      ledger: "meetings",
      branch: branch.name,
      person: leader.name,
      period: String(context.year),
      description: `党员领导干部${leader.name}（副局长）没有参加${branch.name}${context.year}年度组织生活会（随团出访），该年度未过双重组织生活；截止日前列为提醒`,
    },
  ];
};

/** 机关第二党支部's secretary held no 述职评议 this year: the row is left out. */
const reportReviewMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const row = meetingOf(context, branch, "report-review", () => true, "述职评议");
  removeRows(context.draft.meetings, [row]);
  return [
    {
      ruleId: "meeting-report-review-annual",
      ledger: "meetings",
      branch: branch.name,
      period: String(context.year),
      description: `${branch.name}书记${branch.secretary.name}${context.year}年度没有开展述职评议的记录`,
    },
  ];
};

/** The 局党组's 民主生活会 lists its 列席人员 without the 机关党委专职副书记. */
const deputyNotAtLifeMeeting: ProblemInjector = (context) => {
  const row = onlyRow(
    context.draft.meetings,
    "局党组民主生活会",
    (r) => r.meta.kind === "democratic-life"
  );
  const deputy = context.department.agencyDeputySecretary;
  row.cells.observers = "机关纪委书记";
  return [
    {
      ruleId: "meeting-democratic-life-observer",
      ledger: "meetings",
      at: row,
      description: `局党组${context.year}年度专题民主生活会的列席人员中没有机关党委专职副书记${deputy.name}`,
    },
  ];
};

export const MEETING_PROBLEMS: readonly ProblemInjector[] = [
  generalMissing,
  quorumExactlyHalfPasses,
  admissionApprovalsShort,
  quorumBelowHalf,
  committeeMissing,
  committeeQuorum,
  groupMissing,
  themeDayMissing,
  orgLifeMissing,
  appraisalMissing,
  leaderAbsent,
  reportReviewMissing,
  deputyNotAtLifeMeeting,
];
