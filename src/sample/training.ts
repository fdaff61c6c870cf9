import { serialOf, workdaysOfMonth } from "./calendar";
import { dateCell } from "./dateCells";
import type { DraftRow, TrainingMeta } from "./draft";
import { isMemberOn, type SampleBranch, type SampleDepartment, type SampleMember } from "./model";
import type { Random } from "./random";

interface Course {
  kind: TrainingMeta["kind"];
  course: string;
  category: string;
  organizer: string;
  hours: number;
  /** Days the course runs, counting the first. */
  days: number;
}

function trainingRow(
  member: SampleMember,
  course: Course,
  start: number,
  random: Random
): DraftRow<TrainingMeta> {
  return {
    meta: { member, kind: course.kind, start },
    cells: {
      name: member.name,
      branch: member.branch,
      role: member.partyRole,
      course: course.course,
      category: course.category,
      start: dateCell(random, start, 0.08),
      end: course.days > 1 ? dateCell(random, start + course.days - 1, 0.08) : "",
      hours: course.hours,
      organizer: course.organizer,
    },
  };
}

/** A workday within the months given on which the member belonged to the unit, if any. */
function dayWhileMember(
  member: SampleMember,
  random: Random,
  year: number,
  months: readonly number[]
): number | undefined {
  const days = months
    .flatMap((month) => workdaysOfMonth(year, month, 1, 24))
    .filter((d) => isMemberOn(member, d) && isMemberOn(member, d + 7));
  return days.length > 0 ? random.pick(days) : undefined;
}

/**
 * Every member's hours come from online study, the winter training and a lecture series: at least
 * 32 学时 without any central training, so the secretaries' 集中轮训 only adds to them. Categories
 * of these courses avoid the words that make a training central (集中, 轮训, 党校).
 */
function memberTrainings(
  member: SampleMember,
  random: Random,
  year: number
): DraftRow<TrainingMeta>[] {
  const rows: DraftRow<TrainingMeta>[] = [];
  const courses: [Course, readonly number[]][] = [
    [
      {
        kind: "winter",
        course: `${year}年度党员冬训`,
        category: "专题培训",
        organizer: "局机关党委",
        hours: 8,
        days: 2,
      },
      [1, 2, 12],
    ],
    [
      {
        kind: "online",
        course: `${year}年度干部网络学习必修课程`,
        category: "网络培训",
        organizer: "市委组织部",
        hours: random.int(10, 13) * 2,
        days: 1,
      },
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2],
    ],
    [
      {
        kind: "lecture",
        course: "学习贯彻党的创新理论专题辅导报告会",
        category: "专题辅导",
        organizer: "局机关党委",
        hours: random.pick([4, 6, 8]),
        days: 1,
      },
      [4, 5, 6, 9, 10, 11, 1, 2, 3],
    ],
  ];
  for (const [course, months] of courses) {
    // Members who were there only part of the year study in the months they were.
    const preferred = dayWhileMember(member, random, year, months.slice(0, 3));
    const start =
      preferred ??
      dayWhileMember(member, random, year, [...months, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    if (start !== undefined) rows.push(trainingRow(member, course, start, random));
  }
  return rows;
}

const centralCourse = (year: number): Course => ({
  kind: "central",
  course: `${year}年市级机关基层党组织书记集中轮训班`,
  category: "集中轮训",
  organizer: "市级机关工作党委",
  hours: 24,
  days: 3,
});

/** The secretaries' 集中轮训: spring for those in office, within six months for a new one. */
function secretaryTraining(
  branch: SampleBranch,
  random: Random,
  year: number
): DraftRow<TrainingMeta> {
  const appointedThisYear = branch.secretaryAppointed >= serialOf(year, 1, 1);
  const months = appointedThisYear ? [5, 6, 7] : [4, 5, 6];
  const day = random.pick(months.flatMap((m) => workdaysOfMonth(year, m, 1, 20)));
  return trainingRow(branch.secretary, centralCourse(year), day, random);
}

/** Officers' roles: JYGL 第二十条 asks 56 学时 a year of 基层党组织书记和班子成员. */
const OFFICER_ROLES: readonly string[] = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员"];

/**
 * The 支部委员履职培训 SEED（十一） asks for (建立党支部委员履职培训制度), which takes the branch's
 * secretary and committee members to 56 学时 and more. Its category avoids the central words.
 */
function officerTraining(
  member: SampleMember,
  random: Random,
  year: number
): DraftRow<TrainingMeta> | undefined {
  const course: Course = {
    kind: "officer",
    course: `${year}年度党支部委员履职能力提升培训`,
    category: "专题培训",
    organizer: "局机关党委",
    hours: 24,
    days: 3,
  };
  const start = dayWhileMember(member, random, year, [6, 7, 8, 9, 10, 11, 3, 4, 5]);
  return start === undefined ? undefined : trainingRow(member, course, start, random);
}

/** The course a member admitted this year attended as a candidate, before admission. */
function candidateTraining(
  member: SampleMember,
  random: Random,
  year: number
): DraftRow<TrainingMeta> | undefined {
  if (member.admitted === undefined || member.admitted < serialOf(year, 1, 1)) return undefined;
  const course: Course = {
    kind: "candidate",
    course: "发展对象培训班",
    category: "党校培训",
    organizer: "局机关党校",
    hours: 24,
    days: 3,
  };
  return trainingRow(member, course, random.pick(workdaysOfMonth(year, 4, 1, 24)), random);
}

/** The training ledger of the year, by start date. */
export function buildTraining(
  department: SampleDepartment,
  random: Random
): DraftRow<TrainingMeta>[] {
  const { year } = department;
  const rows: DraftRow<TrainingMeta>[] = [];
  for (const branch of department.branches) {
    rows.push(secretaryTraining(branch, random, year));
    for (const member of branch.members) {
      rows.push(...memberTrainings(member, random, year));
      if (member === branch.secretary || OFFICER_ROLES.includes(member.partyRole)) {
        const officer = officerTraining(member, random, year);
        if (officer) rows.push(officer);
      }
      const candidate = candidateTraining(member, random, year);
      if (candidate) rows.push(candidate);
    }
  }
  // Stable sort: a day's rows keep roster order.
  return rows.sort((a, b) => a.meta.start - b.meta.start);
}

/** Moves a training to another start day, keeping its length; the dates are written as serials. */
export function moveTraining(row: DraftRow<TrainingMeta>, start: number): void {
  const length =
    typeof row.cells.end === "number" && typeof row.cells.start === "number"
      ? row.cells.end - row.cells.start
      : 2;
  row.meta.start = start;
  row.cells.start = start;
  row.cells.end = start + length;
}
