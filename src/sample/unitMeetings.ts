import { workdaysOfMonth } from "./calendar";
import { dateCell } from "./dateCells";
import type { DraftRow, MeetingMeta } from "./draft";
import { membersOn, type SampleDepartment } from "./model";
import type { Random } from "./random";

/**
 * The 会议台账 rows of the unit rather than of a branch: the 机关党委书记's yearly report to the
 * 局党组 (SEED（十八）) and the 局党组's 民主生活会 with those who attended it (SEED（三）（十七）).
 * Their 支部 cell names the body (机关党委, 局党组), as officers write it.
 */
export function unitMeetings(
  department: SampleDepartment,
  random: Random
): DraftRow<MeetingMeta>[] {
  const { year, agencySecretary, departmentSecretary, agencyDeputySecretary } = department;
  const report = random.pick(workdaysOfMonth(year, 12, 15, 24));
  const lifeMeeting = random.pick(workdaysOfMonth(year, 12, 22, 30));
  // The 党组's members: the unit's leading cadres in service that day (the deputy only 列席).
  const leaders = department.branches.flatMap((b) =>
    membersOn(b, lifeMeeting).filter((m) => m.isLeader && m !== agencyDeputySecretary)
  );
  return [
    {
      meta: { branch: "机关党委", kind: "report-review", date: report, group: "" },
      cells: {
        branch: "机关党委",
        types: "述职评议",
        date: dateCell(random, report),
        topic: `机关党委书记${agencySecretary.name}向局党组述职`,
        host: departmentSecretary.name,
        recorder: agencyDeputySecretary.name,
      },
    },
    {
      meta: { branch: "局党组", kind: "democratic-life", date: lifeMeeting, group: "" },
      cells: {
        branch: "局党组",
        types: "专题民主生活会",
        date: dateCell(random, lifeMeeting),
        topic: `局党组${year}年度专题民主生活会`,
        host: departmentSecretary.name,
        attendees: leaders.map((m) => m.name).join("、"),
        observers: agencyDeputySecretary.name,
      },
    },
  ];
}
