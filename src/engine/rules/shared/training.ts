import { addMonths, type DayNumber } from "../../calendar/day";
import { lastDayOfMonth, monthOfDay, monthOrdinal } from "../../calendar/month";
import type { Period } from "../../calendar/period";
import type { CheckSettings } from "../../config/settings";
import type { DateCell, LedgerWorkbook, MemberRecord, TrainingRecord } from "../../model/ledgers";
import { rowsWhere } from "../../model/recordIndex";

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
 * 示范培训) and no excluded one (网络, 线上, 自学). Exclusion wins, so "网络集中培训" is online
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

/** Training rows that have a name and a start date; rows without them are skipped. */
export function datedTrainings(workbook: LedgerWorkbook): DatedTraining[] {
  return (workbook.training?.records ?? []).filter(
    (t): t is DatedTraining => t.name !== "" && t.start !== undefined
  );
}

/** Dated trainings grouped by name, so per-member look-ups stay linear in the ledger's size. */
export function trainingsByName(trainings: readonly DatedTraining[]): Map<string, DatedTraining[]> {
  const byName = new Map<string, DatedTraining[]>();
  for (const t of trainings) {
    const list = byName.get(t.name);
    if (list) list.push(t);
    else byName.set(t.name, [t]);
  }
  return byName;
}

/**
 * Whether a training row is the given person's: same name, and same branch when both the row and
 * the person name one (two members of the same name in different branches stay apart; a row
 * without 支部 is taken to be the person's).
 */
export function isPersonsTraining(
  training: TrainingRecord,
  name: string,
  branch?: string
): boolean {
  if (name === "" || training.name !== name) return false;
  if (branch === undefined || branch === "" || !training.branch) return true;
  return training.branch === branch;
}

/** The central trainings of a person (see isPersonsTraining), in order of start date. */
export function centralTrainingsOf(
  trainings: readonly DatedTraining[],
  settings: TrainingKeywords,
  name: string,
  branch?: string
): DatedTraining[] {
  return rowsWhere(trainings, "name", name)
    .filter(
      (t) =>
        isPersonsTraining(t, name, branch) &&
        t.category !== undefined &&
        isCentralTraining(t.category, settings)
    )
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

/** The part of the year a member belonged to the unit: joined (转入/接收预备党员) to left (转出). */
export function membershipInYear(
  member: MemberRecord,
  year: Period
): { from: DayNumber; to: DayNumber } | undefined {
  const joined = [member.transferredIn, member.probationaryAdmitted].map((d) => d?.day ?? 0);
  const from = Math.max(year.start, ...joined);
  const to = Math.min(year.end, member.transferredOut?.day ?? year.end);
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

/** 学时 a member logged in trainings starting in the year (rows without 学时 add nothing). */
export function hoursInYear(
  trainings: readonly DatedTraining[],
  member: MemberRecord,
  year: Period,
  centralOnly: TrainingKeywords | null
): number {
  let total = 0;
  for (const t of trainings) {
    if (t.hours === undefined || !startsIn(t, year)) continue;
    if (!isPersonsTraining(t, member.name, member.branch)) continue;
    if (centralOnly && !(t.category !== undefined && isCentralTraining(t.category, centralOnly))) {
      continue;
    }
    total += t.hours;
  }
  return roundTo(total, 2);
}
