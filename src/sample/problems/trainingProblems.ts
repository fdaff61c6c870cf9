import { addMonthsSerial, isoOf, workdaysOfMonth } from "../calendar";
import { moveTraining } from "../training";
import { branchNamed, onlyRow, type ProblemInjector, removeRows } from "./context";

const secretaryNeverTrained: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 3);
  const row = onlyRow(
    context.draft.training,
    `${branch.name}书记的集中轮训`,
    (r) => r.meta.member === branch.secretary && r.meta.kind === "central"
  );
  removeRows(context.draft.training, [row]);
  return [
    {
      ruleId: "training-secretary-annual",
      ledger: "training",
      branch: branch.name,
      person: branch.secretary.name,
      period: String(context.year),
      description: `${branch.name}书记${branch.secretary.name}全年没有参加集中轮训（只参加了网络培训）`,
    },
  ];
};

const newSecretaryLate: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 2);
  const row = onlyRow(
    context.draft.training,
    `${branch.name}新任书记的集中轮训`,
    (r) => r.meta.member === branch.secretary && r.meta.kind === "central"
  );
  const start = context.random.pick(workdaysOfMonth(context.year, 11, 3, 20));
  moveTraining(row, start);
  // Filed where a November training belongs in a ledger kept by date.
  removeRows(context.draft.training, [row]);
  const at = context.draft.training.findIndex((r) => r.meta.start > start);
  context.draft.training.splice(at < 0 ? context.draft.training.length : at, 0, row);
  const deadline = addMonthsSerial(branch.secretaryAppointed, 6);
  // One fact, one finding: the late training is marked on its row; no missed-deadline period
  // finding repeats it.
  return [
    {
      ruleId: "training-new-secretary-6m",
      ledger: "training",
      branch: branch.name,
      person: branch.secretary.name,
      at: row,
      description: `${branch.name}新任书记${branch.secretary.name}（${isoOf(branch.secretaryAppointed)}任职）${isoOf(start)}才参加集中培训，晚于任职6个月的期限（${isoOf(deadline)}）`,
    },
  ];
};

const memberShortOfHours: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  const online = onlyRow(
    context.draft.training,
    `${member.name}的网络培训`,
    (r) => r.meta.member === member && r.meta.kind === "online"
  );
  online.cells.hours = 10;
  const total = context.draft.training
    .filter((r) => r.meta.member === member)
    .reduce((sum, r) => sum + Number(r.cells.hours ?? 0), 0);
  return [
    {
      ruleId: "training-member-hours",
      ledger: "training",
      branch: member.branch,
      person: member.name,
      period: String(context.year),
      description: `${member.name}（${member.branch}）网络培训只完成10学时，全年合计${total}学时，不足32学时`,
    },
  ];
};

export const TRAINING_PROBLEMS: readonly ProblemInjector[] = [
  secretaryNeverTrained,
  newSecretaryLate,
  memberShortOfHours,
];
