import { addMonths, type DayNumber } from "../../calendar/day";
import { lastDayOfMonth, monthOfDay, monthOrdinal } from "../../calendar/month";
import type { Period } from "../../calendar/period";
import type { CheckSettings } from "../../config/settings";
import type { DateCell, LedgerWorkbook, MemberRecord, TrainingRecord } from "../../model/ledgers";
import { addToGroup } from "../../model/addToGroup";
import { oncePer } from "../../model/oncePer";
import { leftDay } from "./membership";

/** The settings that decide what counts as 集中培训/集中轮训. */
export type TrainingKeywords = Pick<
  CheckSettings,
  "centralTrainingKeywords" | "excludedTrainingKeywords"
>;

/** Keywords as configured, without blanks: an empty keyword would match every category. */
function usable(keywords: readonly string[]): string[] {
  return keywords.map((k) => k.trim()).filter((k) => k !== "");
}

/**
 * Whether a 培训类别 counts as 集中培训/集中轮训: it names a central keyword (集中, 轮训, 党校,
 * 示范培训, 示范班, 培训班, 任职培训, 专题班) and no excluded one (网络, 线上, 自学). Exclusion wins, so "网络集中培训" is online
 * study, not the in-person central training SEED（十一） asks of branch secretaries.
 */
export function isCentralTraining(category: string, settings: TrainingKeywords): boolean {
  const text = category.trim();
  if (text === "") return false;
  if (usable(settings.excludedTrainingKeywords).some((k) => text.includes(k))) return false;
  return usable(settings.centralTrainingKeywords).some((k) => text.includes(k));
}

/** A training row with what every training rule needs: a name and a start date. */
export type DatedTraining = TrainingRecord & { start: DateCell };

const datedOf = oncePer((records: readonly TrainingRecord[]): readonly DatedTraining[] =>
  records.filter((t): t is DatedTraining => t.name !== "" && t.start !== undefined)
);

/**
 * Training rows that have a name and a start date; rows without them are skipped. The same array
 * for the same ledger, so that the person index below is built once for every training rule.
 */
export function datedTrainings(workbook: LedgerWorkbook): readonly DatedTraining[] {
  return datedOf(workbook.training?.records ?? []);
}

/** A ledger's rows by name, by name and branch, and by name for rows naming no branch. */
interface PersonIndex {
  byName: Map<string, DatedTraining[]>;
  byNameAndBranch: Map<string, DatedTraining[]>;
  unbranchedByName: Map<string, DatedTraining[]>;
}

const nameAndBranch = (name: string, branch: string): string => `${name}\u0000${branch}`;

const personIndex = oncePer((trainings: readonly DatedTraining[]): PersonIndex => {
  const index: PersonIndex = {
    byName: new Map(),
    byNameAndBranch: new Map(),
    unbranchedByName: new Map(),
  };
  for (const t of trainings) {
    addToGroup(index.byName, t.name, t);
    if (t.branch) addToGroup(index.byNameAndBranch, nameAndBranch(t.name, t.branch), t);
    else addToGroup(index.unbranchedByName, t.name, t);
  }
  return index;
});

const NO_TRAININGS: readonly DatedTraining[] = [];

/**
 * A person's training rows, in sheet order: same name, and same branch when both the row and the
 * person name one (two members of the same name in different branches stay apart; a row without
 * 支部 is taken to be the person's). Indexed once per array: a large unit has many namesakes, and
 * filtering every namesake's rows for each member grew with members × namesakes.
 */
export function trainingsOfPerson(
  trainings: readonly DatedTraining[],
  name: string,
  branch?: string
): readonly DatedTraining[] {
  if (name === "") return NO_TRAININGS;
  const index = personIndex(trainings);
  if (branch === undefined || branch === "") return index.byName.get(name) ?? NO_TRAININGS;
  const own = index.byNameAndBranch.get(nameAndBranch(name, branch)) ?? NO_TRAININGS;
  const unbranched = index.unbranchedByName.get(name) ?? NO_TRAININGS;
  if (unbranched.length === 0) return own;
  if (own.length === 0) return unbranched;
  return mergeInSheetOrder(own, unbranched);
}

function mergeInSheetOrder(
  a: readonly DatedTraining[],
  b: readonly DatedTraining[]
): DatedTraining[] {
  const merged: DatedTraining[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i]?.row ?? 0) < (b[j]?.row ?? 0));
    const row = next ? a[i++] : b[j++];
    if (row) merged.push(row);
  }
  return merged;
}

/** The central trainings of a person (see trainingsOfPerson), in order of start date. */
export function centralTrainingsOf(
  trainings: readonly DatedTraining[],
  settings: TrainingKeywords,
  name: string,
  branch?: string
): DatedTraining[] {
  return trainingsOfPerson(trainings, name, branch)
    .filter((t) => t.category !== undefined && isCentralTraining(t.category, settings))
    .sort((a, b) => a.start.day - b.start.day);
}

export function startsIn(training: DatedTraining, period: Period): boolean {
  return training.start.day >= period.start && training.start.day <= period.end;
}

/**
 * A branch secretary's appointment day for deadline arithmetic. A date written as a month only
 * (`2024年3月`) is read as that month's last day, so the officer gets the benefit of the doubt.
 */
export function appointmentDay(appointed: DateCell): DayNumber {
  return appointed.monthOnly ? lastDayOfMonth(monthOfDay(appointed.day)) : appointed.day;
}

/** "任职6个月内", EDATE-like and end inclusive: 2024-03-31 + 6 → 2024-09-30. */
export function newSecretaryDeadline(appointed: DateCell, months: number): DayNumber {
  return addMonths(appointmentDay(appointed), months);
}

/**
 * The part of the year a member belonged to the unit: joined (转入/接收预备党员) to left (转出, or
 * the 变动日期 of an ending 党员状态).
 */
export function membershipInYear(
  member: MemberRecord,
  year: Period
): { from: DayNumber; to: DayNumber } | undefined {
  const joined = [member.transferredIn, member.probationaryAdmitted].map((d) => d?.day ?? 0);
  const from = Math.max(year.start, ...joined);
  const to = Math.min(year.end, leftDay(member) ?? year.end);
  return to < from ? undefined : { from, to };
}

/** Calendar months touched by a span, both ends included (a part month counts as a month). */
export function monthsSpanned(from: DayNumber, to: DayNumber): number {
  return monthOrdinal(monthOfDay(to)) - monthOrdinal(monthOfDay(from)) + 1;
}

/** Rounds to the given decimals, so 0.1 + 0.2 shows and compares as 0.3. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Which trainings' 学时 count towards the year's study hours (JYGL 第二十条: 集中学习培训). */
export interface HoursCounting {
  /** 培训类别 words of online study (网络, 线上, 在线): counted only with `countOnline`. */
  onlineKeywords: readonly string[];
  countOnline: boolean;
  /** 培训类别 words of self-study (自学): never counted. */
  selfStudyKeywords: readonly string[];
}

const names = (category: string | undefined, words: readonly string[]): boolean =>
  category !== undefined && words.some((w) => w.trim() !== "" && category.includes(w.trim()));

/**
 * 学时 a member logged in trainings starting in the year (rows without 学时 add nothing): every
 * training but self-study, and online study only when counted.
 */
export function hoursInYear(
  trainings: readonly DatedTraining[],
  member: MemberRecord,
  year: Period,
  counting: HoursCounting
): number {
  let total = 0;
  for (const t of trainingsOfPerson(trainings, member.name, member.branch)) {
    if (t.hours === undefined || !startsIn(t, year)) continue;
    if (names(t.category, counting.selfStudyKeywords)) continue;
    if (!counting.countOnline && names(t.category, counting.onlineKeywords)) continue;
    total += t.hours;
  }
  return roundTo(total, 2);
}
