import { dayFromIso, dayFromTimestamp, type DayNumber, ymdFromDay } from "../calendar/day";
import { DEFAULT_LOCALE } from "../i18n/locale";
import { dominantLedgerYear } from "../model/dominantYear";
import type { LedgerWorkbook } from "../model/ledgers";
import { type CheckOptions, type CheckSettings, DEFAULTS, type YearSource } from "./settings";

/** A problem with the caller's options, reported instead of thrown. */
export interface OptionProblem {
  option: string;
  value: string;
}

/** The as-of date the options give (today when they give none or an unreadable one). */
export function resolveAsOf(options: CheckOptions, problems: OptionProblem[] = []): DayNumber {
  const today = dayFromTimestamp(options.now ?? Date.now());
  const { asOf } = options;
  if (asOf === undefined) return today;
  if (typeof asOf === "number" && Number.isFinite(asOf) && asOf >= 1) return Math.floor(asOf);
  if (typeof asOf === "string") {
    const parsed = dayFromIso(asOf);
    if (parsed !== undefined) return parsed;
  }
  problems.push({ option: "asOf", value: String(asOf) });
  return today;
}

const isPlausibleYear = (year: unknown): year is number =>
  typeof year === "number" && Number.isInteger(year) && year >= 1950 && year <= 2200;

/** The year when it is a plausible reporting year, else undefined. */
export function plausibleYear(year: unknown): number | undefined {
  return isPlausibleYear(year) ? year : undefined;
}

/** Defaults, then 单位信息, then the caller's options: the settings every rule reads. */
export function resolveSettings(
  workbook: LedgerWorkbook,
  options: CheckOptions = {}
): { settings: CheckSettings; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const info = workbook.unitInfo?.info;
  const asOf = resolveAsOf(options, problems);

  let year: number;
  let yearSource: YearSource;
  const ledgerYear = dominantLedgerYear(workbook);
  if (options.year !== undefined && isPlausibleYear(options.year)) {
    year = options.year;
    yearSource = "option";
  } else {
    if (options.year !== undefined) problems.push({ option: "year", value: String(options.year) });
    if (isPlausibleYear(info?.year)) {
      year = info.year;
      yearSource = "unit-info";
    } else if (ledgerYear !== undefined) {
      year = ledgerYear;
      yearSource = "ledger-dates";
    } else {
      year = ymdFromDay(asOf).year;
      yearSource = "as-of";
    }
  }

  const reminderDays =
    options.reminderDays !== undefined &&
    Number.isFinite(options.reminderDays) &&
    options.reminderDays >= 0
      ? options.reminderDays
      : DEFAULTS.reminderDays;
  if (options.reminderDays !== undefined && reminderDays !== options.reminderDays) {
    problems.push({ option: "reminderDays", value: String(options.reminderDays) });
  }

  const collectionDay =
    options.collectionDay !== undefined ? options.collectionDay : (info?.collectionDay ?? null);

  return {
    problems,
    settings: {
      asOf,
      year,
      yearSource,
      locale: options.locale ?? DEFAULT_LOCALE,
      reminderDays,
      duesRounding: options.duesRounding ?? DEFAULTS.duesRounding,
      centralTrainingKeywords: options.centralTrainingKeywords ?? DEFAULTS.centralTrainingKeywords,
      excludedTrainingKeywords:
        options.excludedTrainingKeywords ?? DEFAULTS.excludedTrainingKeywords,
      lectureFrequency:
        options.lectureFrequency ?? info?.lectureFrequency ?? DEFAULTS.lectureFrequency,
      collectionDay:
        collectionDay !== null && collectionDay >= 1 && collectionDay <= 31 ? collectionDay : null,
      collectionDayOff: options.collectionDay === null,
      unitName: info?.unitName ?? null,
      departmentSecretary: info?.departmentSecretary ?? null,
      agencySecretary: info?.agencySecretary ?? null,
      rules: options.rules ?? {},
    },
  };
}
