import { workdaysOfMonth, ymdOf } from "../calendar";
import type { DraftRow, MeetingMeta } from "../draft";
import { monthKeyOf } from "../calendar";
import { branchNamed, onlyRow, type ProblemInjector } from "./context";

/** Puts a meeting row after the branch's last row dated on or before it, as officers add late entries. */
function insertMeeting(rows: DraftRow<MeetingMeta>[], row: DraftRow<MeetingMeta>): void {
  let at = -1;
  rows.forEach((r, i) => {
    if (r.meta.branch === row.meta.branch && r.meta.date <= row.meta.date) at = i;
  });
  if (at < 0) throw new Error(`no meetings of ${row.meta.branch} to file the new row after`);
  rows.splice(at + 1, 0, row);
}

const unknownBranch: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const member = context.ordinaryMember(branch.name);
  const row = onlyRow(
    context.draft.dues,
    `${member.name}5月的党费`,
    (r) => r.meta.member === member && r.meta.from === 5
  );
  // The short form officers use; it is close enough for the check to suggest the real name.
  const written = branch.name.replace(/^机关/, "");
  row.cells.branch = written;
  return [
    {
      ruleId: "structure-unknown-branch",
      ledger: "dues",
      at: row,
      description: `党费台账中${member.name}5月的记录支部写作“${written}”，与支部信息中的“${branch.name}”不一致`,
    },
  ];
};

const duplicateRow: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 0);
  const month = context.random.int(3, 11);
  const original = onlyRow(
    context.draft.meetings,
    `${branch.name}${month}月主题党日`,
    (r) =>
      r.meta.branch === branch.name &&
      r.meta.kind === "theme-day" &&
      ymdOf(r.meta.date).month === month
  );
  const copy: DraftRow<MeetingMeta> = { meta: { ...original.meta }, cells: { ...original.cells } };
  context.draft.meetings.splice(context.draft.meetings.indexOf(original) + 1, 0, copy);
  return [
    {
      ruleId: "structure-duplicate-row",
      ledger: "meetings",
      at: copy,
      description: `${branch.name}${month}月的主题党日活动被重复登记了两行`,
    },
  ];
};

const unreadableDate: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const group = branch.groups[0] ?? "";
  const row = onlyRow(
    context.draft.meetings,
    `${branch.name}${group}6月党小组会`,
    (r) =>
      r.meta.branch === branch.name &&
      r.meta.kind === "group" &&
      r.meta.group === group &&
      ymdOf(r.meta.date).month === 6
  );
  const written = `${context.year}年6月31日`;
  row.cells.date = written;
  return [
    {
      ruleId: "structure-unreadable-cell",
      ledger: "meetings",
      at: row,
      description: `${branch.name}${group}6月党小组会的会议日期写作“${written}”（6月没有31日），无法识别`,
    },
    {
      ruleId: "meeting-group-monthly",
      ledger: "meetings",
      branch: branch.name,
      period: monthKeyOf(context.year, 6),
      description: `因上一条日期无法识别，${branch.name}${group}6月的党小组会不能计入，显示为6月未召开`,
    },
  ];
};

const unknownMeetingType: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 2);
  const date = context.random.pick(workdaysOfMonth(context.year, 5, 6, 28));
  const row: DraftRow<MeetingMeta> = {
    meta: { branch: branch.name, kind: "other", date, group: "" },
    cells: {
      branch: branch.name,
      types: "集中学习",
      date,
      topic: "学习《中国共产党章程》",
      host: branch.secretary.name,
    },
  };
  insertMeeting(context.draft.meetings, row);
  return [
    {
      ruleId: "structure-unreadable-cell",
      ledger: "meetings",
      at: row,
      description: `${branch.name}一行会议类型写作“集中学习”，不是“三会一课”的会议类型，无法识别`,
    },
  ];
};

export const STRUCTURE_PROBLEMS: readonly ProblemInjector[] = [
  unknownBranch,
  duplicateRow,
  unreadableDate,
  unknownMeetingType,
];
