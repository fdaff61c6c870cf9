import { isoOf, serialOf, ymdOf } from "../calendar";
import type { SampleBranch } from "../model";
import { branchNamed, onlyRow, type ProblemContext, type ProblemInjector } from "./context";

/**
 * The organisational problems are facts of the department plan (see departmentPlan.ts); these
 * injectors only point at the 支部信息 rows that show them, and fail loudly if the plan changed.
 */
function branchRow(context: ProblemContext, branch: SampleBranch) {
  return onlyRow(
    context.draft.branches,
    `${branch.name}的支部信息`,
    (r) => r.meta.branch === branch.name
  );
}

function expect(fact: boolean, what: string): void {
  if (!fact) throw new Error(`the department plan no longer has ${what}`);
}

const secretaryNotPrincipal: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 1);
  expect(!branch.isPrincipal, "a deputy as the second branch's secretary");
  return [
    {
      ruleId: "org-secretary-principal",
      ledger: "branches",
      at: branchRow(context, branch),
      description: `${branch.name}书记${branch.secretary.name}为${branch.secretaryTitle}，不是本部门主要负责人`,
    },
  ];
};

const termOverdue: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 3);
  const elected = ymdOf(branch.electionDate);
  const ends = serialOf(elected.year + branch.termYears, elected.month, elected.day);
  expect(ends < serialOf(context.year + 1, 1, 1), "a term that ended in the sample year");
  return [
    {
      ruleId: "org-term-due",
      ledger: "branches",
      at: branchRow(context, branch),
      description: `${branch.name}本届于${isoOf(branch.electionDate)}选举产生，任期${branch.termYears}年已于${isoOf(ends)}届满，至今未换届`,
    },
  ];
};

const committeeRequired: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 2);
  expect(!branch.hasCommittee, "a third branch without committee");
  const full = branch.members.filter((m) => m.inRoster && m.transferredOut === undefined).length;
  return [
    {
      ruleId: "org-committee-required",
      ledger: "branches",
      at: branchRow(context, branch),
      description: `${branch.name}有正式党员${full}人（7人以上），但未设支部委员会`,
    },
  ];
};

const secretaryNotInRoster: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 2);
  expect(!branch.secretary.inRoster, "a new secretary missing from the roster");
  return [
    {
      ruleId: "org-secretary-in-roster",
      ledger: "branches",
      at: branchRow(context, branch),
      description: `${branch.name}新任书记${branch.secretary.name}已转入，但党员名册中没有登记`,
    },
  ];
};

/** The third branch's term ends in the spring after the check: a reminder six months ahead. */
const termEndingSoon: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 2);
  const elected = ymdOf(branch.electionDate);
  const ends = serialOf(elected.year + branch.termYears, elected.month, elected.day);
  const checked = serialOf(context.year + 1, 1, 15);
  expect(
    ends > checked && ends <= serialOf(context.year + 1, 7, 15),
    "a term ending within six months of the check"
  );
  return [
    {
      ruleId: "org-term-due",
      ledger: "branches",
      at: branchRow(context, branch),
      description: `${branch.name}本届任期将于${isoOf(ends)}届满，检查基准日距届满不足6个月，提醒提前请示、做好换届准备（提醒）`,
    },
  ];
};

/** The 机关党委 was elected five years before the sample's November: its term ran out. */
const agencyTermOverdue: ProblemInjector = (context) => {
  const { agencyElected, agencyTermYears } = context.department;
  const elected = ymdOf(agencyElected);
  const ends = serialOf(elected.year + agencyTermYears, elected.month, elected.day);
  expect(
    ends < serialOf(context.year + 1, 1, 15) && ends >= serialOf(context.year, 1, 1),
    "a 机关党委 term that ended in the sample year"
  );
  return [
    {
      ruleId: "org-agency-term-due",
      ledger: "unitInfo",
      description: `机关党委本届于${isoOf(agencyElected)}选举产生，任期${agencyTermYears}年已于${isoOf(ends)}届满，单位信息中没有新一届的选举日期`,
    },
  ];
};

/**
 * A member admitted the year before, whose probation ended during the year, is still 预备党员 in the
 * roster: the branch has not recorded the decision on full membership.
 */
const probationOverdue: ProblemInjector = (context) => {
  const checked = serialOf(context.year + 1, 1, 15);
  const row = onlyRow(
    context.draft.members,
    "去年接收、今年预备期满的预备党员",
    (r) =>
      r.meta.member.admitted !== undefined &&
      r.meta.member.admitted < serialOf(context.year, 1, 1) &&
      (r.meta.member.probationEnds ?? checked) < checked
  );
  const member = row.meta.member;
  row.cells.memberCategory = "预备党员";
  return [
    {
      ruleId: "member-probation-overdue",
      ledger: "members",
      at: row,
      description: `${member.name}（${member.branch}）于${isoOf(member.admitted ?? 0)}接收为预备党员，预备期已于${isoOf(member.probationEnds ?? 0)}届满，党员名册中仍登记为预备党员`,
    },
  ];
};

export const ORG_PROBLEMS: readonly ProblemInjector[] = [
  secretaryNotPrincipal,
  termOverdue,
  termEndingSoon,
  committeeRequired,
  secretaryNotInRoster,
  agencyTermOverdue,
  probationOverdue,
];
