import { day } from "../../calendar/day";
import type { LedgerWorkbook } from "../../model/ledgers";
import { branchMeetingsInYear } from "./meetings";
import { leftDay } from "./membership";
import { membersOf } from "./roster";

/**
 * The branch's 党小组: those its roster members belong to (unless they left before the year), then
 * those its meeting rows of the year name, in the order first met. Names match exactly.
 */
export function groupsOf(workbook: LedgerWorkbook, branch: string, year: number): string[] {
  const yearStart = day(year, 1, 1);
  const groups = new Set<string>();
  for (const member of membersOf(workbook, branch)) {
    const left = leftDay(member);
    if (left !== undefined && left < yearStart) continue;
    if (member.group) groups.add(member.group);
  }
  for (const meeting of branchMeetingsInYear(workbook, branch, year, () => true)) {
    if (meeting.group) groups.add(meeting.group);
  }
  return [...groups];
}
