import { countCells, drawAttendance, recorderOn, type Attendance } from "./attendance";
import { serialOf, workdaysOfMonth } from "./calendar";
import { dateCell } from "./dateCells";
import type { DraftRow, MeetingKind, MeetingMeta } from "./draft";
import {
  membersOn,
  type OrgLifeStyle,
  secretaryOn,
  type SampleBranch,
  type SampleMember,
} from "./model";
import type { Random } from "./random";
import { committeeTopic, studyTopic, themeDayTopic } from "./topics";

/** Each branch's officer keeps to their own words for the meeting types. */
interface Habits {
  general: string;
  committee: string;
  themeDay: string;
}

const KIND_ORDER: readonly MeetingKind[] = [
  "org-life",
  "appraisal",
  "report-review",
  "general",
  "committee",
  "group",
  "theme-day",
  "democratic-life",
  "other",
];

interface Context {
  branch: SampleBranch;
  random: Random;
  year: number;
  habits: Habits;
}

function row(
  context: Context,
  meta: Omit<MeetingMeta, "branch">,
  typeText: string,
  topic: string,
  host: SampleMember,
  recorder: SampleMember,
  attendance: Attendance,
  withVotes: boolean
): DraftRow<MeetingMeta> {
  const { branch, random } = context;
  return {
    meta: { ...meta, branch: branch.name },
    cells: {
      branch: branch.name,
      types: typeText,
      date: dateCell(random, meta.date),
      group: meta.group,
      topic,
      host: host.name,
      recorder: recorder.name,
      ...countCells(attendance, meta.date, withVotes),
    },
  };
}

function workdayOf(random: Random, year: number, month: number, from = 1, to = 31): number {
  return random.pick(workdaysOfMonth(year, month, from, to));
}

/** A meeting of the whole branch: the general meeting and the theme party day. */
function branchMeeting(
  context: Context,
  kind: "general" | "theme-day",
  date: number,
  topic: string
): DraftRow<MeetingMeta> {
  const { branch, random } = context;
  const host = secretaryOn(branch, date);
  const recorder = recorderOn(branch, date, host);
  const attendance = drawAttendance(random, date, membersOn(branch, date), 3, [host, recorder]);
  const typeText = kind === "general" ? context.habits.general : context.habits.themeDay;
  return row(
    context,
    { kind, date, group: "" },
    typeText,
    topic,
    host,
    recorder,
    attendance,
    kind === "general"
  );
}

function generalMeetings(context: Context): DraftRow<MeetingMeta>[] {
  const { branch, random, year } = context;
  const admission = branch.members.find(
    (m) => m.admitted !== undefined && m.admitted >= serialOf(year, 1, 1)
  );
  return [1, 2, 3, 4].map((quarter) => {
    // The second quarter's meeting is the one that admitted the new 预备党员, on that day.
    if (quarter === 2 && admission?.admitted !== undefined) {
      return branchMeeting(
        context,
        "general",
        admission.admitted,
        `讨论接收${admission.name}同志为预备党员`
      );
    }
    const month = (quarter - 1) * 3 + random.int(1, 3);
    return branchMeeting(
      context,
      "general",
      workdayOf(random, year, month, 5),
      studyTopic(random, year, month)
    );
  });
}

function committeeMeetings(context: Context): DraftRow<MeetingMeta>[] {
  const { branch, random, year } = context;
  if (!branch.hasCommittee) return [];
  return Array.from({ length: 12 }, (_, i) => {
    const date = workdayOf(random, year, i + 1, 1, 14);
    const host = secretaryOn(branch, date);
    const members = [host, ...branch.committee.filter((m) => m !== host)].filter((m) =>
      membersOn(branch, date).includes(m)
    );
    const recorder = recorderOn(branch, date, host);
    const attendance = drawAttendance(random, date, members, 1, [host, recorder]);
    return row(
      context,
      { kind: "committee", date, group: "" },
      context.habits.committee,
      committeeTopic(random),
      host,
      recorder,
      attendance,
      false
    );
  });
}

function groupMeetings(context: Context): DraftRow<MeetingMeta>[] {
  const { branch, random, year } = context;
  return branch.groups.flatMap((group) =>
    Array.from({ length: 12 }, (_, i) => {
      const date = workdayOf(random, year, i + 1, 3);
      const members = membersOn(branch, date).filter((m) => m.group === group);
      const host = members.find((m) => m.partyRole === "党小组长") ?? members[0];
      // Minutes fall to an ordinary member, never to a bureau leader who joins the group.
      const recorder =
        members.find((m) => m !== host && !m.isLeader && m.partyRole === "党员") ??
        members.find((m) => m !== host);
      if (!host || !recorder) throw new Error(`${branch.name}${group} has too few members to meet`);
      const attendance = drawAttendance(random, date, members, 2, [host, recorder]);
      return row(
        context,
        { kind: "group", date, group },
        "党小组会",
        studyTopic(random, year, i + 1),
        host,
        recorder,
        attendance,
        false
      );
    })
  );
}

function themeDays(context: Context): DraftRow<MeetingMeta>[] {
  const { random, year } = context;
  return Array.from({ length: 12 }, (_, i) =>
    branchMeeting(
      context,
      "theme-day",
      workdayOf(random, year, i + 1, 8),
      themeDayTopic(random, i + 1)
    )
  );
}

/** An annual meeting that records who attended; leading cadres attend as ordinary members. */
function recordedMeeting(
  context: Context,
  date: number,
  typeText: string,
  topic: string
): DraftRow<MeetingMeta> {
  const { branch, random } = context;
  const host = secretaryOn(branch, date);
  const recorder = recorderOn(branch, date, host);
  const expected = membersOn(branch, date);
  const leaders = expected.filter((m) => m.isLeader);
  const attendance = drawAttendance(random, date, expected, 2, [host, recorder, ...leaders]);
  const result = row(
    context,
    { kind: "org-life", date, group: "" },
    typeText,
    topic,
    host,
    recorder,
    attendance,
    false
  );
  result.cells.attendees = expected
    .filter((m) => !attendance.absent.includes(m))
    .map((m) => m.name)
    .join("、");
  return result;
}

/**
 * One year's 组织生活会 (with its 民主评议党员) as the branch records it, reviewing `review` and held
 * on `date`.
 */
function reviewMeetings(
  context: Context,
  style: OrgLifeStyle,
  date: number,
  reviewYear: number
): DraftRow<MeetingMeta>[] {
  const review = `${reviewYear}年度`;
  switch (style) {
    case "combined":
      return [
        recordedMeeting(
          context,
          date,
          "组织生活会、民主评议党员",
          `召开${review}组织生活会，开展民主评议党员`
        ),
      ];
    case "topic":
      return [
        recordedMeeting(context, date, "组织生活会", `召开${review}组织生活会暨民主评议党员`),
      ];
    case "separate": {
      // Appraisal in the same session, entered as its own row with the same attendance.
      const meeting = recordedMeeting(context, date, "组织生活会", `召开${review}组织生活会`);
      const appraisal: DraftRow<MeetingMeta> = {
        meta: { ...meeting.meta, kind: "appraisal" },
        cells: { ...meeting.cells, types: "民主评议党员", topic: `开展${review}民主评议党员` },
      };
      return [meeting, appraisal];
    }
  }
}

/**
 * 组织生活会 review the year before and are held in its first weeks, as is usual: the ledger holds
 * last year's (January–February, "上一年度") and this year's, held in the first days of January of
 * the next year before the check ("本年度"), which counts for this year.
 */
function orgLife(context: Context, style: OrgLifeStyle): DraftRow<MeetingMeta>[] {
  const { random, year } = context;
  const lastYears = random.pick([
    ...workdaysOfMonth(year, 1, 6),
    ...workdaysOfMonth(year, 2, 1, 27),
  ]);
  const thisYears = random.pick(workdaysOfMonth(year + 1, 1, 5, 13));
  return [
    ...reviewMeetings(context, style, lastYears, year - 1),
    ...reviewMeetings(context, style, thisYears, year),
  ];
}

/**
 * The branch secretary's yearly 述职评议 (SEED（十八）), in December before the whole branch, recorded
 * as its own row of type 述职评议.
 */
function reportReview(context: Context): DraftRow<MeetingMeta> {
  const { branch, random, year } = context;
  const date = workdayOf(random, year, 12, 1, 12);
  const host = secretaryOn(branch, date);
  const recorder = recorderOn(branch, date, host);
  const attendance = drawAttendance(random, date, membersOn(branch, date), 2, [host, recorder]);
  return row(
    context,
    { kind: "report-review", date, group: "" },
    "述职评议",
    `${year}年度党支部书记抓基层党建工作述职评议`,
    host,
    recorder,
    attendance,
    false
  );
}

function habitsFor(random: Random): Habits {
  return {
    general: random.pick(["支部党员大会", "党员大会", "支部大会"]),
    committee: random.pick(["支委会", "支部委员会"]),
    themeDay: random.pick(["主题党日", "主题党日活动"]),
  };
}

/** A full, sound year of 三会一课 for one branch, in the order the officer entered it. */
export function branchMeetings(
  branch: SampleBranch,
  random: Random,
  year: number
): DraftRow<MeetingMeta>[] {
  const context: Context = { branch, random, year, habits: habitsFor(random) };
  const rows = [
    ...orgLife(context, branch.orgLifeStyle),
    reportReview(context),
    ...generalMeetings(context),
    ...committeeMeetings(context),
    ...groupMeetings(context),
    ...themeDays(context),
  ];
  return rows.sort(
    (a, b) =>
      a.meta.date - b.meta.date ||
      KIND_ORDER.indexOf(a.meta.kind) - KIND_ORDER.indexOf(b.meta.kind) ||
      a.meta.group.localeCompare(b.meta.group)
  );
}
