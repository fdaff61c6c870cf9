import type { MeetingRecord } from "../../model/ledgers";

/**
 * Whether a free text (缺席人员及原因: "李四（出差）、王五病假") names the person. Names are not
 * separated reliably, so any occurrence counts, except one that is only part of a longer name in
 * the roster (张三 inside 张三丰).
 */
export function textNamesPerson(
  text: string,
  name: string,
  rosterNames: readonly string[]
): boolean {
  if (name === "") return false;
  const longer = rosterNames.filter((other) => other !== name && other.includes(name));
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!longer.some((other) => coversOccurrence(text, at, other, name))) return true;
  }
  return false;
}

/** Whether `other` is written in `text` so that it spans the occurrence of `name` at `at`. */
function coversOccurrence(text: string, at: number, other: string, name: string): boolean {
  for (let offset = other.indexOf(name); offset !== -1; offset = other.indexOf(name, offset + 1)) {
    const start = at - offset;
    if (start >= 0 && text.startsWith(other, start)) return true;
  }
  return false;
}

/** What a meeting row tells about one person's presence. */
export type Presence = "present" | "absent" | "unknown";

/**
 * A person is present when listed in 参加人员 and not named in 缺席人员及原因; absent when named
 * there, or when 参加人员 is recorded without them; unknown when the row records neither.
 */
export function presenceAt(
  meeting: MeetingRecord,
  name: string,
  rosterNames: readonly string[]
): Presence {
  if (meeting.absentees !== undefined && textNamesPerson(meeting.absentees, name, rosterNames))
    return "absent";
  if (meeting.attendees === undefined || meeting.attendees.length === 0) return "unknown";
  return meeting.attendees.includes(name) ? "present" : "absent";
}

/** Whether the row records who attended. */
export function recordsAttendees(meeting: MeetingRecord): boolean {
  return meeting.attendees !== undefined && meeting.attendees.length > 0;
}
