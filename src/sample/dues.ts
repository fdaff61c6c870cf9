import { serialOf, weekdayOf, ymdOf } from "./calendar";
import { dateCell, type MonthStyle, writeMonth, writeMonthRange } from "./dateCells";
import type { DraftRow, DuesMeta } from "./draft";
import { monthlyFen, rateBasisPoints, rateFraction, yuan } from "./duesRate";
import type { SampleDepartment, SampleMember } from "./model";
import type { Random } from "./random";

/** 党费集中交纳日, as 单位信息 sets it. */
export const COLLECTION_DAY = 15;
export const COLLECTION_DAY_TEXT = `每月${COLLECTION_DAY}日`;

const QUARTER_REMARK = "经支部同意按季度交纳";

/** Each branch's dues officer writes 所属月份 their own way. */
const MONTH_STYLES: readonly MonthStyle[] = ["dot", "chinese", "iso", "serial"];

export function monthStyleOf(department: SampleDepartment, branch: string): MonthStyle {
  const index = department.branches.findIndex((b) => b.name === branch);
  return MONTH_STYLES[Math.max(0, index) % MONTH_STYLES.length] ?? "dot";
}

/** The months (1–12) of the year the member owes dues for: from joining to leaving. */
export function owedMonths(member: SampleMember, year: number): { from: number; to: number } {
  const monthIn = (serial: number | undefined, fallback: number): number => {
    if (serial === undefined) return fallback;
    const { year: y, month } = ymdOf(serial);
    return y < year ? 1 : y > year ? 12 : month;
  };
  const joined = Math.max(monthIn(member.admitted, 1), monthIn(member.transferredIn, 1));
  return { from: joined, to: monthIn(member.transferredOut, 12) };
}

/** A month's collection day: the 15th, or the Monday after when it falls on a weekend. */
export function collectionDayOf(year: number, month: number): number {
  const day = serialOf(year, month, COLLECTION_DAY);
  const weekday = weekdayOf(day);
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

/**
 * The collection day on which a month's dues were paid: that month's, or the next month's for a
 * member who joined after this month's collection day.
 */
function paidOn(member: SampleMember, year: number, month: number): number {
  const collection = collectionDayOf(year, month);
  const joined = Math.max(member.admitted ?? 0, member.transferredIn ?? 0);
  return joined > collection ? collectionDayOf(year, month + 1) : collection;
}

export function duesRow(
  member: SampleMember,
  year: number,
  from: number,
  to: number,
  style: MonthStyle,
  random: Random
): DraftRow<DuesMeta> {
  const months = to - from + 1;
  const fen = monthlyFen(member.base, member.personCategory) * months;
  return {
    meta: { member, from, to, paid: paidOn(member, year, from) },
    cells: {
      branch: member.branch,
      name: member.name,
      personCategory: member.personCategory,
      months: months === 1 ? writeMonth(year, from, style) : writeMonthRange(year, from, to),
      base: member.base,
      ratio: rateFraction(rateBasisPoints(member.base, member.personCategory)),
      due: yuan(fen),
      paid: yuan(fen),
      paidDate: dateCell(random, paidOn(member, year, from), 0.05),
      remark: months === 1 ? "" : QUARTER_REMARK,
    },
  };
}

/** Every member's dues for every month they belonged, collection by collection. */
export function buildDues(department: SampleDepartment, random: Random): DraftRow<DuesMeta>[] {
  const { year } = department;
  const rows: DraftRow<DuesMeta>[] = [];
  for (const branch of department.branches) {
    const style = monthStyleOf(department, branch.name);
    for (const member of branch.members) {
      const { from, to } = owedMonths(member, year);
      for (let month = from; month <= to; month++) {
        const quarterStart = month % 3 === 1;
        if (member.paysQuarterly && !quarterStart) continue;
        const last = member.paysQuarterly ? Math.min(to, month + 2) : month;
        rows.push(duesRow(member, year, month, last, style, random));
      }
    }
  }
  // The ledger is kept collection by collection; a stable sort keeps roster order within one.
  return rows.sort((a, b) => a.meta.paid - b.meta.paid);
}
