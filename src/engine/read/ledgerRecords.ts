import type {
  BranchRecord,
  DuesRecord,
  LectureRecord,
  MeetingRecord,
  MemberRecord,
  TalkRecord,
  TrainingRecord,
} from "../model/ledgers";
import {
  booleanOf,
  dateOf,
  type FieldValues,
  meetingTypesOf,
  memberCategoryOf,
  memberStatusOf,
  monthRangeOf,
  numberOf,
  partyRoleOf,
  personCategoryOf,
  textListOf,
  textOf,
} from "./fieldValues";

/**
 * One mapping per ledger from a row's readings (keyed by the schema's field names) to its typed
 * record. Branch and person fields that identify a row are "" when blank — "" never matches a
 * branch or a person, so rules simply find nothing for such rows.
 */
export interface RecordBuilders {
  branches: RecordBuilder<BranchRecord>;
  members: RecordBuilder<MemberRecord>;
  meetings: RecordBuilder<MeetingRecord>;
  lectures: RecordBuilder<LectureRecord>;
  dues: RecordBuilder<DuesRecord>;
  training: RecordBuilder<TrainingRecord>;
  talks: RecordBuilder<TalkRecord>;
}

/**
 * `rawText` gives a field's cell as written (whitespace collapsed), for records that keep the
 * wording for messages; undefined when the column is absent or the cell blank.
 */
export type RecordBuilder<R> = (
  values: FieldValues,
  row: number,
  rawText: (field: string) => string | undefined
) => R;

export const RECORD_BUILDERS: RecordBuilders = {
  branches: (v, row) => ({
    row,
    name: textOf(v, "name") ?? "",
    secretary: textOf(v, "secretary"),
    secretaryAppointed: dateOf(v, "secretaryAppointed"),
    secretaryTitle: textOf(v, "secretaryTitle"),
    isPrincipal: booleanOf(v, "isPrincipal"),
    hasCommittee: booleanOf(v, "hasCommittee"),
    electionDate: dateOf(v, "electionDate"),
    termYears: numberOf(v, "termYears"),
  }),
  members: (v, row) => ({
    row,
    name: textOf(v, "name") ?? "",
    branch: textOf(v, "branch") ?? "",
    group: textOf(v, "group"),
    memberCategory: memberCategoryOf(v, "memberCategory"),
    personCategory: personCategoryOf(v, "personCategory"),
    partyRole: partyRoleOf(v, "partyRole"),
    adminTitle: textOf(v, "adminTitle"),
    isLeader: booleanOf(v, "isLeader"),
    probationaryAdmitted: dateOf(v, "probationaryAdmitted"),
    transferredIn: dateOf(v, "transferredIn"),
    transferredOut: dateOf(v, "transferredOut"),
    status: memberStatusOf(v, "status"),
    statusChanged: dateOf(v, "statusChanged"),
  }),
  meetings: (v, row, rawText) => ({
    row,
    branch: textOf(v, "branch") ?? "",
    types: meetingTypesOf(v, "types"),
    typeText: rawText("types"),
    date: dateOf(v, "date"),
    group: textOf(v, "group"),
    topic: textOf(v, "topic"),
    host: textOf(v, "host"),
    expected: numberOf(v, "expected"),
    attended: numberOf(v, "attended"),
    expectedVoting: numberOf(v, "expectedVoting"),
    attendedVoting: numberOf(v, "attendedVoting"),
    approvals: numberOf(v, "approvals"),
    absentees: textOf(v, "absentees"),
    attendees: textListOf(v, "attendees"),
    observers: textListOf(v, "observers"),
    recorder: textOf(v, "recorder"),
  }),
  lectures: (v, row) => ({
    row,
    branch: textOf(v, "branch") ?? "",
    date: dateOf(v, "date"),
    lecturer: textOf(v, "lecturer"),
    lecturerTitle: textOf(v, "lecturerTitle"),
    title: textOf(v, "title"),
    participants: numberOf(v, "participants"),
    hours: numberOf(v, "hours"),
  }),
  dues: (v, row) => ({
    row,
    branch: textOf(v, "branch") ?? "",
    name: textOf(v, "name") ?? "",
    personCategory: personCategoryOf(v, "personCategory"),
    months: monthRangeOf(v, "months"),
    base: numberOf(v, "base"),
    ratio: numberOf(v, "ratio"),
    due: numberOf(v, "due"),
    paid: numberOf(v, "paid"),
    paidDate: dateOf(v, "paidDate"),
    remark: textOf(v, "remark"),
  }),
  training: (v, row) => ({
    row,
    name: textOf(v, "name") ?? "",
    branch: textOf(v, "branch"),
    role: textOf(v, "role"),
    course: textOf(v, "course"),
    category: textOf(v, "category"),
    start: dateOf(v, "start"),
    end: dateOf(v, "end"),
    hours: numberOf(v, "hours"),
    organizer: textOf(v, "organizer"),
  }),
  talks: (v, row) => ({
    row,
    branch: textOf(v, "branch"),
    talker: textOf(v, "talker") ?? "",
    counterparts: textListOf(v, "counterparts"),
    date: dateOf(v, "date"),
    mode: textOf(v, "mode"),
    topic: textOf(v, "topic"),
  }),
};
