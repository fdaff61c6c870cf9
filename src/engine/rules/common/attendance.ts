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
  if (name === "" || !text.includes(name)) return false;
  const longer = longerNames(rosterNames, name);
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!longer.some((other) => coversOccurrence(text, at, other, name))) return true;
  }
  return false;
}

/**
 * Roster names by every shorter text inside them, built once per roster: asking the whole roster
 * for each leader and meeting made large units quadratic. Names are a few characters, so the
 * substrings of each are few; only parts up to MAX_PART are indexed, so an odd long cell stays
 * cheap, and a longer name is looked up the slow way.
 */
const MAX_PART = 16;
const containing = new WeakMap<readonly string[], Map<string, Set<string>>>();

function longerNames(rosterNames: readonly string[], name: string): readonly string[] {
  if (name.length > MAX_PART)
    return rosterNames.filter((other) => other !== name && other.includes(name));
  let index = containing.get(rosterNames);
  if (!index) {
    index = new Map();
    for (const other of rosterNames) {
      for (let start = 0; start < other.length; start++) {
        for (let end = start + 1; end <= Math.min(other.length, start + MAX_PART); end++) {
          const part = other.slice(start, end);
          if (part === other) continue;
          const set = index.get(part) ?? new Set<string>();
          set.add(other);
          index.set(part, set);
        }
      }
    }
    containing.set(rosterNames, index);
  }
  return [...(index.get(name) ?? [])];
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
