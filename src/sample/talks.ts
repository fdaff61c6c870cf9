import { workdaysOfMonth } from "./calendar";
import { dateCell } from "./dateCells";
import type { DraftRow, TalkMeta } from "./draft";
import { isMemberOn, type SampleBranch, type SampleDepartment, type SampleMember } from "./model";
import type { Random } from "./random";

const TOPICS = [
  "思想工作情况交流",
  "听取对支部工作的意见建议",
  "工作生活情况谈心",
  "落实全面从严治党要求提醒谈话",
] as const;

/** The days of the year on which both the secretary and all of `with` were in the branch. */
function daysTogether(
  branch: SampleBranch,
  secretary: SampleMember,
  with_: readonly SampleMember[],
  year: number
): number[] {
  const months = [3, 4, 5, 6, 9, 10, 11];
  return months
    .flatMap((month) => workdaysOfMonth(year, month, 1, 28))
    .filter(
      (d) => d >= branch.secretaryAppointed && [secretary, ...with_].every((m) => isMemberOn(m, d))
    );
}

function talkRow(
  branch: SampleBranch,
  with_: SampleMember[],
  date: number,
  random: Random,
  mode: string
): DraftRow<TalkMeta> {
  return {
    meta: { branch: branch.name, with: with_, date },
    cells: {
      branch: branch.name,
      talker: branch.secretary.name,
      counterparts: with_.map((m) => m.name).join("、"),
      date: dateCell(random, date, 0.05),
      mode,
      topic: random.pick(TOPICS),
    },
  };
}

/**
 * The optional 谈心谈话台账: each branch secretary talks with the committee together in spring and
 * with every other member one by one during the year (SEED（九）; JYGL: 每年一般不少于1次). The
 * secretary of 支部信息 holds the talks, after taking office.
 */
export function buildTalks(department: SampleDepartment, random: Random): DraftRow<TalkMeta>[] {
  const { year } = department;
  const rows: DraftRow<TalkMeta>[] = [];
  for (const branch of department.branches) {
    const secretary = branch.secretary;
    const others = branch.members.filter((m) => m !== secretary && m.inRoster);
    const committee = branch.committee.filter((m) => others.includes(m));
    const together = daysTogether(branch, secretary, committee, year);
    // The committee together when all of it can meet the secretary; everyone else one by one.
    const grouped = committee.length > 0 && together.length > 0 ? committee : [];
    if (grouped.length > 0)
      rows.push(talkRow(branch, grouped, random.pick(together), random, "面对面"));
    for (const member of others.filter((m) => !grouped.includes(m))) {
      const days = daysTogether(branch, secretary, [member], year);
      if (days.length === 0) continue;
      const mode = random.pick(["面对面", "面对面", "电话"]);
      rows.push(talkRow(branch, [member], random.pick(days), random, mode));
    }
  }
  return rows.sort((a, b) => a.meta.date - b.meta.date);
}
