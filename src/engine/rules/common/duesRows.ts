import { monthKey, monthOfDay, monthOrdinal, type YearMonth } from "../../calendar/month";
import type { DuesRecord, LedgerWorkbook, MemberRecord } from "../../model/ledgers";
import type { PersonCategory } from "../../model/vocabulary";
import { isApprovedReduction } from "./duesRemarks";
import { rowsWhere } from "../../model/recordIndex";
import { addToGroup } from "../../model/addToGroup";
import { oncePer } from "../../model/oncePer";
import { leftDay } from "./membership";

/** Helpers the dues rules share: reading a 党费台账 row's months and tying rows to the roster. */

/** How many months a row pays for; undefined when 所属月份 is unread or runs backwards. */
export function monthCount(record: DuesRecord): number | undefined {
  if (!record.months) return undefined;
  const count = monthOrdinal(record.months.to) - monthOrdinal(record.months.from) + 1;
  return count >= 1 ? count : undefined;
}

/** The period key a row finding carries: the month of a one-month row; none for a range. */
export function rowPeriodKey(record: DuesRecord): string | null {
  const months = record.months;
  if (!months || monthOrdinal(months.from) !== monthOrdinal(months.to)) return null;
  return monthKey(months.from);
}

/**
 * Whose payment a row finding is about, for its message and the 汇总表's (which names the member
 * and the months but no amount): the name, and the month ("2025-07") or span ("2025-01..2025-03")
 * as `{span:months}` formats it; "" when 所属月份 is unread.
 */
export function whoseRow(record: DuesRecord): { name: string; span: string } {
  const months = record.months;
  if (!months) return { name: record.name, span: "" };
  const from = monthKey(months.from);
  const to = monthKey(months.to);
  return { name: record.name, span: from === to ? from : `${from}..${to}` };
}

/** The fields a month cell of the month-column register stands for. */
const MONTH_CELL_FIELDS: ReadonlySet<keyof DuesRecord> = new Set(["paid", "paidDate", "months"]);

/**
 * Where a row finding points: the dues sheet, the record's row and the field's column — in the
 * month-column register, the month's own cell for what the month cell says (amount, date, month).
 */
export function duesCell(
  workbook: LedgerWorkbook,
  record: DuesRecord,
  field: keyof DuesRecord
): { sheet: string | null; row: number; column: string | null } {
  const column =
    record.cell !== undefined && MONTH_CELL_FIELDS.has(field)
      ? record.cell
      : workbook.dues?.columns[field];
  return { sheet: workbook.dues?.sheet ?? null, row: record.row, column: column ?? null };
}

/**
 * The roster's members, one per name and branch (a row written twice is one member), without
 * rows whose name is blank. Worked out once per roster for every rule that asks.
 */
export function rosterMembers(workbook: LedgerWorkbook): readonly MemberRecord[] {
  return distinctMembers(workbook.members?.records ?? []);
}

const distinctMembers = oncePer((records: readonly MemberRecord[]): readonly MemberRecord[] => {
  const seen = new Set<string>();
  const members: MemberRecord[] = [];
  for (const member of records) {
    const key = `${member.branch}\u0000${member.name}`;
    if (member.name === "" || seen.has(key)) continue;
    seen.add(key);
    members.push(member);
  }
  return members;
});

/** Names that more than one roster member bears (in different branches). */
function duplicateNames(members: readonly MemberRecord[]): Set<string> {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > 1).map(([name]) => name));
}

/**
 * Matches dues rows to roster members by name, and by branch too where two members share a name.
 * A name unique in the roster matches whatever branch the dues row gives, so a branch written
 * differently in the two sheets does not lose the member's payments.
 */
export function duesRowsByMember(workbook: LedgerWorkbook): Map<MemberRecord, DuesRecord[]> {
  const members = rosterMembers(workbook);
  const shared = duplicateNames(members);
  const byName = new Map<string, DuesRecord[]>();
  for (const row of workbook.dues?.records ?? []) {
    if (row.name !== "") addToGroup(byName, row.name, row);
  }
  const result = new Map<MemberRecord, DuesRecord[]>();
  for (const member of members) {
    const rows = byName.get(member.name) ?? [];
    result.set(
      member,
      shared.has(member.name) ? [...rowsWhere(rows, "branch", member.branch)] : rows
    );
  }
  return result;
}

/** A roster member and the month ordinals their dues rows pay for. */
export interface MemberPayments {
  member: MemberRecord;
  paid: ReadonlySet<number>;
}

/**
 * Every roster member's paid months (duesRowsByMember, then paidMonths), worked out once per
 * workbook: dues-monthly and dues-six-month-lapse both walk every member's payments, and in a
 * large unit doing it twice was a good part of a check.
 */
export const paymentsByMember = oncePer((workbook: LedgerWorkbook): readonly MemberPayments[] =>
  [...duesRowsByMember(workbook)].map(([member, rows]) => ({ member, paid: paidMonths(rows) }))
);

/** A lookup of the roster member a dues row is about, when it can be told (see duesRowsByMember). */
export type MemberFinder = (record: DuesRecord) => MemberRecord | undefined;

/** One finder per roster, shared by the dues rules that ask. */
export function memberFinder(workbook: LedgerWorkbook): MemberFinder {
  return finderOf(workbook.members?.records ?? []);
}

const finderOf = oncePer((records: readonly MemberRecord[]): MemberFinder => {
  const byName = new Map<string, MemberRecord[]>();
  for (const member of distinctMembers(records)) addToGroup(byName, member.name, member);
  return (record) => {
    const named = byName.get(record.name) ?? [];
    return named.length === 1 ? named[0] : rowsWhere(named, "branch", record.branch)[0];
  };
});

/** 人员类别 of a row: as the row states it, else as the roster states it for that member. */
export function personCategoryOf(
  record: DuesRecord,
  findMember: MemberFinder
): PersonCategory | undefined {
  return record.personCategory ?? findMember(record)?.personCategory;
}

/**
 * Whether a row records a payment for its months: an amount above zero, or an approved
 * exemption (免交) whose 实交 may be zero, or a register month marked paid without an amount
 * (✓, 已交, a date or a signature). A short payment still counts here; whether it was
 * enough is dues-paid-in-full's question. Rows whose 实交 could not be read count as unpaid.
 */
export function recordsPayment(record: DuesRecord): boolean {
  if (record.paidAsDue) return true;
  if (record.paid === undefined) return false;
  return record.paid > 0 || isApprovedReduction(record.remark);
}

/** Month ordinals (see monthOrdinal) paid for by the rows. */
export function paidMonths(rows: readonly DuesRecord[]): Set<number> {
  const paid = new Set<number>();
  for (const row of rows) {
    if (!row.months || !recordsPayment(row)) continue;
    for (let o = monthOrdinal(row.months.from); o <= monthOrdinal(row.months.to); o++) paid.add(o);
  }
  return paid;
}

/**
 * The months of `year` for which a member owes dues, as an inclusive range of month ordinals:
 * from the latest of January, the month of 接收预备党员日期 and the month of 转入日期, to the
 * earlier of December and the month of 转出日期 or of the 变动日期 of an ending 党员状态 (去世, 停止党籍,
 * 出党: dues are paid up to that month, as on transfer).
 * Undefined when the member owes nothing that year. A 转出日期 before the 转入日期 belongs to an
 * earlier stay in the unit (the member came back) and is ignored.
 */
export function requiredMonthRange(
  member: MemberRecord,
  year: number
): { from: number; to: number } | undefined {
  const startOf = (date: { day: number } | undefined): number | undefined =>
    date === undefined ? undefined : monthOrdinal(monthOfDay(date.day));
  const admitted = startOf(member.probationaryAdmitted);
  const cameIn = startOf(member.transferredIn);
  const leftOn = leftDay(member);
  // An ending 党员状态 without its date ended before any year the ledgers cover.
  if (leftOn !== undefined && leftOn <= 0) return undefined;
  let left = leftOn === undefined ? undefined : startOf({ day: leftOn });
  if (left !== undefined && cameIn !== undefined && left < cameIn) left = undefined;

  const january = monthOrdinal({ year, month: 1 } satisfies YearMonth);
  const from = Math.max(january, admitted ?? january, cameIn ?? january);
  const to = Math.min(january + 11, left ?? january + 11);
  return from <= to ? { from, to } : undefined;
}

export interface MonthRun {
  /** First and last month ordinal, both included. */
  from: number;
  to: number;
}

/** Runs of consecutive months in [from, to] that are not in `paid`. */
export function unpaidRuns(from: number, to: number, paid: ReadonlySet<number>): MonthRun[] {
  const runs: MonthRun[] = [];
  let start: number | undefined;
  for (let o = from; o <= to + 1; o++) {
    const unpaid = o <= to && !paid.has(o);
    if (unpaid && start === undefined) start = o;
    if (!unpaid && start !== undefined) {
      runs.push({ from: start, to: o - 1 });
      start = undefined;
    }
  }
  return runs;
}

/**
 * The month-column register's cell for a member's month: the member's row (by name, and branch
 * where the register names two people alike) and the month's column. Empty when the dues ledger
 * is not a register, or the member or month is not in it: the finding then has no cell.
 */
export function registerCell(
  workbook: LedgerWorkbook,
  member: MemberRecord,
  ordinal: number
): { row?: number; column?: string } {
  const register = workbook.dues?.register;
  if (!register) return {};
  const column = register.months.find((m) => m.ordinal === ordinal)?.column;
  const named = register.people.filter((p) => p.name === member.name);
  const person = named.length === 1 ? named[0] : named.find((p) => p.branch === member.branch);
  return column !== undefined && person ? { row: person.row, column } : {};
}
