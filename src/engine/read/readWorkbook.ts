import type { SheetInput } from "../cell/types";
import type { LedgerSheet, LedgerWorkbook } from "../model/ledgers";
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
import { RECORD_BUILDERS, type RecordBuilder } from "./ledgerRecords";
import { readLedgerSheet } from "./readLedgerSheet";
import { readUnitInfo } from "./readUnitInfo";
import { recognizeSheets } from "./recognizeSheets";

/** What helps choose between several sheets of one ledger (see recognizeSheets). */
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
    return sheet ? readLedgerSheet(sheet, schema, build, issues) : undefined;
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
  const dues = read(DUES_SCHEMA, RECORD_BUILDERS.dues);
  if (dues) workbook.dues = dues;
  const training = read(TRAINING_SCHEMA, RECORD_BUILDERS.training);
  if (training) workbook.training = training;
  const talks = read(TALKS_SCHEMA, RECORD_BUILDERS.talks);
  if (talks) workbook.talks = talks;
  return workbook;
}
