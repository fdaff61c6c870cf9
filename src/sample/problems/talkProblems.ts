import { branchNamed, type ProblemInjector, removeRows } from "./context";

/** An ordinary member of the first branch had no 谈心谈话 with the secretary: the talk is left out. */
const talkMissing: ProblemInjector = (context) => {
  const branch = branchNamed(context.department, 0);
  // Not a committee member: the committee talks with the secretary together, in one row.
  const member = context.ordinaryMember(branch.name, (m) => !branch.committee.includes(m));
  const rows = context.draft.talks.filter((r) => r.meta.with.includes(member));
  if (rows.length !== 1)
    throw new Error(`expected one talk with ${member.name}, found ${rows.length}`);
  removeRows(context.draft.talks, rows);
  return [
    {
      ruleId: "talk-secretary-annual",
      ledger: "talks",
      branch: branch.name,
      person: member.name,
      period: String(context.year),
      description: `${branch.name}书记${branch.secretary.name}全年没有与${member.name}谈心谈话的记录`,
    },
  ];
};

export const TALK_PROBLEMS: readonly ProblemInjector[] = [talkMissing];
