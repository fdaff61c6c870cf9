import { dayFromYmd } from "../../calendar/day";
import type {
  DuesRecord,
  LedgerSheet,
  LedgerWorkbook,
  ReadIssue,
  TrainingRecord,
} from "../../model/ledgers";
import { HOURS_COLUMNS } from "../../schema/ledgerForms";
import { cellAt, headerLabel } from "../grid";
import { numberOf, personCategoryOf, textOf } from "../fieldValues";
import type { PreparedSheet } from "../prepareSheet";
import { type ColumnPlan, planColumns, readRecords } from "../readRecords";
import { sheetRow } from "../sheetOrigin";
import type { FormChoice } from "./chooseForm";
import { formYear, type YearHints } from "./formYear";
import { titleYear } from "./titleYear";

type YearTableChoice = Extract<FormChoice, { form: "annual" | "hours" }>;

/** The mapped columns' letters and header texts, as every ledger sheet carries them. */
function columnsOf(sheet: PreparedSheet, headerIndex: number, plans: readonly ColumnPlan[]) {
  const columns: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const plan of plans) {
    columns[plan.field] = plan.letter;
    headers[plan.field] = headerLabel(cellAt(sheet.grid, headerIndex, plan.column));
  }
  return { columns, headers };
}

function layoutOf(sheet: PreparedSheet, choice: YearTableChoice) {
  const plans = planColumns(choice.schema, choice.header, sheet.grid, sheet.origin);
  return {
    plans,
    layout: {
      ledger: choice.schema.id,
      sheet: sheet.name,
      grid: sheet.grid,
      original: sheet.original,
      origin: sheet.origin,
      headerIndex: choice.header.index,
      plans,
    },
  };
}

/**
 * The annual dues table: one record per member covering the whole year, with the year's amount
 * due and paid, so dues-rate and dues-paid-in-full check it as a twelve-month row. The month-by-
 * month rules cannot check this form (runRules lists them as such).
 */
export function readAnnualDues(
  sheet: PreparedSheet,
  choice: YearTableChoice,
  workbook: LedgerWorkbook,
  hints: YearHints,
  issues: ReadIssue[]
): LedgerSheet<DuesRecord> {
  const { plans, layout } = layoutOf(sheet, choice);
  const { year } = formYear(
    { title: titleYear(sheet.grid, choice.header.index, sheet.name) },
    workbook,
    hints
  );
  const months = { from: { year, month: 1 }, to: { year, month: 12 } };
  const records = readRecords<DuesRecord>(
    layout,
    (v, row) => ({
      row,
      branch: textOf(v, "branch") ?? "",
      name: textOf(v, "name") ?? "",
      personCategory: personCategoryOf(v, "personCategory"),
      months,
      base: numberOf(v, "base"),
      ratio: numberOf(v, "ratio"),
      due: numberOf(v, "due") ?? numberOf(v, "monthlyDue"),
      paid: numberOf(v, "paid"),
      remark: textOf(v, "remark"),
    }),
    issues
  );
  return {
    id: "dues",
    sheet: sheet.name,
    form: "annual",
    headerRow: sheetRow(sheet.origin, choice.header.index),
    ...columnsOf(sheet, choice.header.index, plans),
    records,
  };
}

/** One row of the hours table before it becomes training records. */
interface HoursRow {
  row: number;
  name: string;
  branch?: string;
  role?: string;
  hours: { field: string; hours: number }[];
}

/**
 * The training hours table: each member's hours of the year become one training record per hours
 * column (集中学时 as 集中培训, 网络学时 as 网络培训, 自学学时 as 自学, 全年学时 without a
 * category), dated 1 January of the table's year, so training-member-hours counts them. Course
 * rules (书记轮训, new secretaries' training) need course rows and cannot check this form.
 */
export function readTrainingHours(
  sheet: PreparedSheet,
  choice: YearTableChoice,
  workbook: LedgerWorkbook,
  hints: YearHints,
  issues: ReadIssue[]
): LedgerSheet<TrainingRecord> {
  const { plans, layout } = layoutOf(sheet, choice);
  const { year } = formYear(
    { title: titleYear(sheet.grid, choice.header.index, sheet.name) },
    workbook,
    hints
  );
  const start = { day: dayFromYmd({ year, month: 1, day: 1 }), monthOnly: true };
  // The parts are counted when given; 全年学时 only when no part is (it would count them twice).
  const parts = HOURS_COLUMNS.filter(
    (c) => c.category !== "" && choice.header.columns.has(c.field)
  );
  const counted = parts.length > 0 ? parts : HOURS_COLUMNS.filter((c) => c.category === "");
  const rows = readRecords<HoursRow>(
    layout,
    (v, row) => ({
      row,
      name: textOf(v, "name") ?? "",
      branch: textOf(v, "branch"),
      role: textOf(v, "role"),
      hours: counted.flatMap(({ field }) => {
        const hours = numberOf(v, field);
        return hours === undefined ? [] : [{ field, hours }];
      }),
    }),
    issues
  );
  const records: TrainingRecord[] = rows.flatMap((r) =>
    r.hours.map(({ field, hours }) => ({
      row: r.row,
      name: r.name,
      branch: r.branch,
      role: r.role,
      category: HOURS_COLUMNS.find((c) => c.field === field)?.category ?? "",
      start,
      hours,
    }))
  );
  return {
    id: "training",
    sheet: sheet.name,
    form: "hours",
    headerRow: sheetRow(sheet.origin, choice.header.index),
    ...columnsOf(sheet, choice.header.index, plans),
    records,
  };
}
