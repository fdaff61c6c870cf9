import { serialOf, workdaysOfMonth, ymdOf } from "./calendar";
import { dateCell } from "./dateCells";
import type { DraftRow, LectureMeta } from "./draft";
import {
  isMemberOn,
  membersOn,
  type SampleBranch,
  type SampleDepartment,
  type SampleMember,
} from "./model";
import type { Random } from "./random";
import { lectureTitle } from "./topics";

const quarterOf = (serial: number): number => Math.ceil(ymdOf(serial).month / 3);

function lectureRow(
  branch: SampleBranch,
  lecturer: SampleMember,
  date: number,
  title: string,
  random: Random
): DraftRow<LectureMeta> {
  return {
    meta: { branch: branch.name, date, quarter: quarterOf(date), lecturer },
    cells: {
      branch: branch.name,
      date: dateCell(random, date),
      lecturer: lecturer.name,
      lecturerTitle: lecturer.partyRole === "书记" ? "支部书记" : lecturer.adminTitle,
      title,
      participants: membersOn(branch, date).length - random.int(0, 3),
      hours: random.pick([1.5, 2, 2, 2, 3]),
    },
  };
}

/** 书记讲党课 opens the year; a secretary appointed during it gives the next quarter's lecture. */
function secretaryQuarter(branch: SampleBranch, year: number): number {
  if (branch.secretaryAppointed < serialOf(year, 1, 1)) return 1;
  return Math.min(4, quarterOf(branch.secretaryAppointed) + 1);
}

/** The other quarters go to the branch's leading cadres and committee members in turn. */
function otherLecturer(
  branch: SampleBranch,
  date: number,
  random: Random,
  department: SampleDepartment
): SampleMember {
  const serving = branch.members.filter(
    (m) =>
      m !== branch.secretary &&
      m !== department.departmentSecretary &&
      // The 机关党委书记 gives no 党课 in the sample year: a documented problem.
      m !== department.agencySecretary &&
      isMemberOn(m, date) &&
      (m.isLeader || branch.committee.includes(m))
  );
  return random.pick(serving.length > 0 ? serving : [branch.secretary]);
}

/** The department secretary's 七一 lecture, given to the branch they belong to. */
function departmentSecretaryLecture(
  department: SampleDepartment,
  random: Random
): DraftRow<LectureMeta> {
  const { year, departmentSecretary } = department;
  const home = department.branches.find((b) => b.members.includes(departmentSecretary));
  if (!home) throw new Error("the department secretary belongs to no branch");
  const date = random.pick([...workdaysOfMonth(year, 6, 23), ...workdaysOfMonth(year, 7, 1, 10)]);
  const lecture = lectureRow(
    home,
    departmentSecretary,
    date,
    "“七一”专题党课：弘扬伟大建党精神 勇担新时代使命",
    random
  );
  lecture.cells.lecturerTitle = "局党组书记、局长";
  return lecture;
}

/** A lecture a quarter per branch and the department secretary's annual one, by date. */
export function buildLectures(
  department: SampleDepartment,
  random: Random
): DraftRow<LectureMeta>[] {
  const { year } = department;
  const rows: DraftRow<LectureMeta>[] = [];
  for (const branch of department.branches) {
    const own = secretaryQuarter(branch, year);
    for (const quarter of [1, 2, 3, 4]) {
      const month = (quarter - 1) * 3 + random.int(1, 3);
      const date = random.pick(workdaysOfMonth(year, month, 6, 28));
      const lecturer =
        quarter === own ? branch.secretary : otherLecturer(branch, date, random, department);
      rows.push(lectureRow(branch, lecturer, date, lectureTitle(random, year, quarter), random));
    }
  }
  rows.push(departmentSecretaryLecture(department, random));
  return rows.sort((a, b) => a.meta.date - b.meta.date);
}
