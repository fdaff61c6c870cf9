import { dayFromTimestamp, ymdFromDay } from "../calendar/day";
import type { SheetInput } from "../cell/types";
import type { DuesRecord, LedgerSheet, LedgerWorkbook, TrainingRecord } from "../model/ledgers";
import {
  BRANCHES_SCHEMA,
  DUES_SCHEMA,
  LECTURES_SCHEMA,
  LEDGER_SCHEMAS,
  type LedgerSchema,
  MEETINGS_SCHEMA,
  MEMBERS_SCHEMA,
  TALKS_SCHEMA,
  TRAINING_SCHEMA,
} from "../schema/ledgerSchemas";
import { chooseForm } from "./forms/chooseForm";
import type { YearHints } from "./forms/formYear";
import { readDuesRegister } from "./forms/readDuesRegister";
import { readAnnualDues, readTrainingHours } from "./forms/readYearTables";
import { RECORD_BUILDERS, type RecordBuilder } from "./ledgerRecords";
import { readLedgerSheet } from "./readLedgerSheet";
import { readUnitInfo } from "./readUnitInfo";
import { recognizeSheets } from "./recognizeSheets";

/**
 * What the caller knows before reading: it helps choose between several sheets of one ledger
 * (recognizeSheets) and gives a year to forms that name months without one (formYear).
 */
export interface ReadOptions {
  /** The year being checked, when the caller sets it. */
  year?: number;
  /** The as-of date's year. */
  asOfYear?: number;
}

/**
 * Reads the host's sheets into typed ledgers. Never throws on odd input: what cannot be
 * understood becomes a `ReadIssue` (missing sheet or column, unreadable cell) for the structure
 * rules, and everything else is still read. 单位信息 and 谈心谈话台账 are optional, so their absence
 * is no issue.
 */
export function readWorkbook(
  sheets: readonly SheetInput[],
  options: ReadOptions = {}
): LedgerWorkbook {
  const hints: YearHints = {
    ...(options.year !== undefined ? { year: options.year } : {}),
    asOfYear: options.asOfYear ?? ymdFromDay(dayFromTimestamp(Date.now())).year,
  };
  const issues: LedgerWorkbook["issues"] = [];
  const recognized = recognizeSheets(
    Array.isArray(sheets) ? sheets : [],
    {
      ...options,
      yearOfUnitSheet: (sheet) => readUnitInfo(sheet.name, sheet.grid, sheet.origin, []).year,
    },
    issues
  );
  for (const schema of LEDGER_SCHEMAS) {
    if (schema.id !== "unitInfo" && schema.optional !== true && !recognized.has(schema.id)) {
      issues.push({ type: "missing-sheet", ledger: schema.id });
    }
  }
  const workbook: LedgerWorkbook = { issues };
  const unitSheet = recognized.get("unitInfo");
  if (unitSheet) {
    const info = readUnitInfo(unitSheet.name, unitSheet.grid, unitSheet.origin, issues);
    workbook.unitInfo = { sheet: unitSheet.name, info };
  }
  const read = <R>(schema: LedgerSchema, build: RecordBuilder<R>): LedgerSheet<R> | undefined => {
    const sheet = recognized.get(schema.id);
    return sheet
      ? readLedgerSheet(sheet, schema, chooseForm(sheet, schema).header, build, issues)
      : undefined;
  };
  // The dues and training ledgers may be kept in other forms (specification.md, "Other forms").
  const readDues = (): LedgerSheet<DuesRecord> | undefined => {
    const sheet = recognized.get("dues");
    if (!sheet) return undefined;
    const choice = chooseForm(sheet, DUES_SCHEMA);
    if (choice.form === "register") return readDuesRegister(sheet, choice, workbook, hints, issues);
    if (choice.form === "annual") return readAnnualDues(sheet, choice, workbook, hints, issues);
    return readLedgerSheet(sheet, DUES_SCHEMA, choice.header, RECORD_BUILDERS.dues, issues);
  };
  const readTraining = (): LedgerSheet<TrainingRecord> | undefined => {
    const sheet = recognized.get("training");
    if (!sheet) return undefined;
    const choice = chooseForm(sheet, TRAINING_SCHEMA);
    if (choice.form === "hours") return readTrainingHours(sheet, choice, workbook, hints, issues);
    return readLedgerSheet(sheet, TRAINING_SCHEMA, choice.header, RECORD_BUILDERS.training, issues);
  };
  // Absent ledgers stay absent keys rather than keys holding undefined.
  const branches = read(BRANCHES_SCHEMA, RECORD_BUILDERS.branches);
  if (branches) workbook.branches = branches;
  const members = read(MEMBERS_SCHEMA, RECORD_BUILDERS.members);
  if (members) workbook.members = members;
  const meetings = read(MEETINGS_SCHEMA, RECORD_BUILDERS.meetings);
  if (meetings) workbook.meetings = meetings;
  const lectures = read(LECTURES_SCHEMA, RECORD_BUILDERS.lectures);
  if (lectures) workbook.lectures = lectures;
  const dues = readDues();
  if (dues) workbook.dues = dues;
  const training = readTraining();
  if (training) workbook.training = training;
  const talks = read(TALKS_SCHEMA, RECORD_BUILDERS.talks);
  if (talks) workbook.talks = talks;
  return workbook;
}
