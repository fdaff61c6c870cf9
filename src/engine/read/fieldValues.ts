import type { DateCell } from "../model/ledgers";
import {
  MEETING_TYPES,
  type MeetingType,
  type MemberCategory,
  MEMBER_STATUSES,
  type MemberStatus,
  type PartyRole,
  PERSON_CATEGORIES,
  type PersonCategory,
} from "../model/vocabulary";
import type { MonthRange } from "../parse";
import type { CellReading } from "./cellReaders";

/**
 * The readings of one row, by schema field. The schema decides which parser reads a column; these
 * typed accessors let the ledger mappings take each field back out without casts, and return
 * undefined when the column is absent, blank or unreadable.
 */
export type FieldValues = Readonly<Record<string, CellReading | undefined>>;

export function textOf(values: FieldValues, field: string): string | undefined {
  const value = values[field];
  return typeof value === "string" ? value : undefined;
}

export function numberOf(values: FieldValues, field: string): number | undefined {
  const value = values[field];
  return typeof value === "number" ? value : undefined;
}

export function booleanOf(values: FieldValues, field: string): boolean | undefined {
  const value = values[field];
  return typeof value === "boolean" ? value : undefined;
}

export function dateOf(values: FieldValues, field: string): DateCell | undefined {
  const value = values[field];
  return isObject(value) && "day" in value ? value : undefined;
}

export function monthRangeOf(values: FieldValues, field: string): MonthRange | undefined {
  const value = values[field];
  return isObject(value) && "from" in value ? value : undefined;
}

export function textListOf(values: FieldValues, field: string): string[] | undefined {
  const value = values[field];
  if (!Array.isArray(value)) return undefined;
  const items: readonly unknown[] = value;
  return items.filter((item): item is string => typeof item === "string");
}

/** A type guard for one closed vocabulary. */
function oneOf<T extends string>(words: readonly T[]): (value: unknown) => value is T {
  const set: ReadonlySet<unknown> = new Set(words);
  return (value: unknown): value is T => typeof value === "string" && set.has(value);
}

const isMeetingType = oneOf<MeetingType>(MEETING_TYPES);
const isPersonCategory = oneOf<PersonCategory>(PERSON_CATEGORIES);
const isMemberCategory = oneOf<MemberCategory>(["full", "probationary"]);
const isMemberStatus = oneOf<MemberStatus>(MEMBER_STATUSES);

export function memberStatusOf(values: FieldValues, field: string): MemberStatus | undefined {
  const value = values[field];
  return isMemberStatus(value) ? value : undefined;
}
const isPartyRole = oneOf<PartyRole>([
  "secretary",
  "deputy-secretary",
  "committee-member",
  "group-leader",
  "member",
]);

export function meetingTypesOf(values: FieldValues, field: string): MeetingType[] | undefined {
  const value = values[field];
  if (!Array.isArray(value)) return undefined;
  const items: readonly unknown[] = value;
  return items.filter(isMeetingType);
}

export function memberCategoryOf(values: FieldValues, field: string): MemberCategory | undefined {
  const value = values[field];
  return isMemberCategory(value) ? value : undefined;
}

export function personCategoryOf(values: FieldValues, field: string): PersonCategory | undefined {
  const value = values[field];
  return isPersonCategory(value) ? value : undefined;
}

export function partyRoleOf(values: FieldValues, field: string): PartyRole | undefined {
  const value = values[field];
  return isPartyRole(value) ? value : undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
