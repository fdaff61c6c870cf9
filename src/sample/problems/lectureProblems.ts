import { isoOf } from "../calendar";
import { branchNamed, onlyRow, type ProblemInjector, quarterKey, removeRows } from "./context";

const branchLectureMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 3);
  const row = onlyRow(
    context.draft.lectures,
    `${branch.name}第三季度党课`,
    (r) =>
      r.meta.branch === branch.name &&
      r.meta.quarter === 3 &&
      r.meta.lecturer !== context.department.departmentSecretary
  );
  removeRows(context.draft.lectures, [row]);
  return [
    {
      ruleId: "lecture-branch-regular",
      ledger: "lectures",
      branch: branch.name,
      period: quarterKey(context.year, 3),
      description: `${branch.name}第三季度没有上党课（高温天气暂停集中活动）`,
    },
  ];
};

const departmentSecretaryUnnamed: ProblemInjector = (context) => {
  const secretary = context.department.departmentSecretary;
  const row = onlyRow(
    context.draft.lectures,
    "部门党组书记的党课",
    (r) => r.meta.lecturer === secretary
  );
  // Officers often write the post instead of the name; the check cannot tell who that was.
  const written = `${secretary.name.slice(0, 1)}局长`;
  row.cells.lecturer = written;
  return [
    {
      ruleId: "lecture-department-secretary-annual",
      ledger: "lectures",
      person: secretary.name,
      period: String(context.year),
      description: `部门党组书记${secretary.name}${isoOf(row.meta.date)}讲授的“七一”党课，授课人只写了“${written}”，无法认定为本人；全年没有可认定的部门党组书记党课记录`,
    },
  ];
};

const branchSecretaryNoLecture: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  const row = onlyRow(
    context.draft.lectures,
    `${branch.name}书记的党课`,
    (r) => r.meta.branch === branch.name && r.meta.lecturer === branch.secretary
  );
  const deputy = branch.members.find((m) => m.partyRole === "副书记");
  if (!deputy) throw new Error(`${branch.name} has no deputy secretary to lecture instead`);
  row.meta.lecturer = deputy;
  row.cells.lecturer = deputy.name;
  row.cells.lecturerTitle = deputy.adminTitle;
  return [
    {
      ruleId: "lecture-branch-secretary-annual",
      ledger: "lectures",
      branch: branch.name,
      person: branch.secretary.name,
      period: String(context.year),
      description: `${branch.name}书记${branch.secretary.name}全年没有讲党课（各季度党课均由其他同志讲授）`,
    },
  ];
};

/** The 机关党委书记 gave no 党课 in the year (the lecture plan leaves them out; see lectures.ts). */
const agencySecretaryNoLecture: ProblemInjector = (context) => {
  const secretary = context.department.agencySecretary;
  const given = context.draft.lectures.some((r) => r.meta.lecturer === secretary);
  if (given) throw new Error("the sample's 机关党委书记 should give no lecture");
  return [
    {
      ruleId: "lecture-agency-secretary-annual",
      ledger: "lectures",
      person: secretary.name,
      period: String(context.year),
      description: `机关党委书记${secretary.name}全年没有讲党课的记录（支部工作条例第十六条：党委书记每年至少讲1次党课）`,
    },
  ];
};

export const LECTURE_PROBLEMS: readonly ProblemInjector[] = [
  branchLectureMissing,
  departmentSecretaryUnnamed,
  branchSecretaryNoLecture,
  agencySecretaryNoLecture,
];
