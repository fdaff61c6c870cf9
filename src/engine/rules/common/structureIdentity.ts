import { monthOrdinal } from "../../calendar/month";
import type {
  BranchRecord,
  DateCell,
  DuesRecord,
  LectureRecord,
  MeetingRecord,
  MemberRecord,
  TrainingRecord,
} from "../../model/ledgers";
import { addToGroup } from "../../model/addToGroup";

/**
 * What makes two rows of a ledger the same record entered twice (structure-duplicate-row). Each
 * function gives an identity key, or undefined when the row lacks what the identity needs: such a
 * row is never called a duplicate.
 */

/** Words in a dues 备注 that mark a second payment for the same months as a legitimate top-up. */
export const TOP_UP_WORDS: readonly string[] = ["补交", "补缴", "补足", "补齐", "补差"];

/**
 * Parts joined by a character no cell text holds, so ("a", "bc") and ("ab", "c") stay apart.
 * Written out per identity rather than joined from an array: it is asked for every row.
 */
const SEP = "\u0000";

/**
 * A date that can tell two records apart. A month-only date (`2024年3月`) cannot: two 党小组会 both
 * dated March may well be two meetings.
 */
function exactDay(date: DateCell | undefined): number | undefined {
  return date && !date.monthOnly ? date.day : undefined;
}

export function branchIdentity(b: BranchRecord): string | undefined {
  return b.name === "" ? undefined : b.name;
}

export function memberIdentity(m: MemberRecord): string | undefined {
  return m.name === "" || m.branch === "" ? undefined : `${m.name}${SEP}${m.branch}`;
}

export function meetingIdentity(m: MeetingRecord): string | undefined {
  const day = exactDay(m.date);
  if (m.branch === "" || day === undefined || !m.types || m.types.length === 0) return undefined;
  // "党员大会、党课" and "党课、党员大会" are the same meeting.
  const types = m.types.length === 1 ? m.types : [...new Set(m.types)].sort();
  return `${m.branch}${SEP}${day}${SEP}${m.group ?? ""}${SEP}${types.join(SEP)}`;
}

export function lectureIdentity(l: LectureRecord): string | undefined {
  const day = exactDay(l.date);
  if (l.branch === "" || day === undefined || !l.lecturer) return undefined;
  return `${l.branch}${SEP}${day}${SEP}${l.lecturer}`;
}

export function duesIdentity(
  d: DuesRecord,
  topUpWords: readonly string[] = TOP_UP_WORDS
): string | undefined {
  if (d.branch === "" || d.name === "" || !d.months) return undefined;
  const remark = d.remark ?? "";
  if (topUpWords.some((w) => w !== "" && remark.includes(w))) return undefined;
  const { from, to } = d.months;
  return `${d.branch}${SEP}${d.name}${SEP}${monthOrdinal(from)}${SEP}${monthOrdinal(to)}`;
}

export function trainingIdentity(t: TrainingRecord): string | undefined {
  const day = exactDay(t.start);
  if (t.name === "" || day === undefined || !t.category) return undefined;
  // Namesakes in two branches attending one department-wide course are two people.
  return `${t.name}${SEP}${t.branch ?? ""}${SEP}${t.category}${SEP}${t.course ?? ""}${SEP}${day}`;
}

/**
 * Later rows whose identity an earlier row already has, each with the first such row, in sheet
 * order. `groupOf`, when given, must give a part of the identity (the branch): rows are then
 * compared only within their group, where the table of identities stays small enough to sit in
 * the processor's cache — one table for a whole million-row ledger made each look-up a miss.
 */
export function findDuplicates<R extends { row: number }>(
  records: readonly R[],
  identity: (record: R) => string | undefined,
  groupOf?: (record: R) => string
): { record: R; first: R }[] {
  if (!groupOf) return duplicatesIn(records, identity);
  const groups = new Map<string, R[]>();
  for (const record of records) addToGroup(groups, groupOf(record), record);
  if (groups.size <= 1) return duplicatesIn(records, identity);
  const found: { record: R; first: R }[] = [];
  for (const list of groups.values()) found.push(...duplicatesIn(list, identity));
  return found.sort((a, b) => a.record.row - b.record.row);
}

function duplicatesIn<R>(
  records: readonly R[],
  identity: (record: R) => string | undefined
): { record: R; first: R }[] {
  const firstByKey = new Map<string, R>();
  const duplicates: { record: R; first: R }[] = [];
  for (const record of records) {
    const id = identity(record);
    if (id === undefined) continue;
    const first = firstByKey.get(id);
    if (first) duplicates.push({ record, first });
    else firstByKey.set(id, record);
  }
  return duplicates;
}
