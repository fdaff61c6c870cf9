import { monthOrdinal, type YearMonth } from "../../calendar/month";
import type { DayNumber } from "../../calendar/day";
import type { CellValue } from "../../cell/types";
import type { DuesRecord, LedgerSheet, LedgerWorkbook, ReadIssue } from "../../model/ledgers";
import type { PersonCategory } from "../../model/vocabulary";
import { REGISTER_MONTH_FIELD } from "../../schema/ledgerForms";
import { parseRegisterMonthCell, type RegisterMonthCell } from "../../parse/registerMonthCell";
import { cellAt, displayText, headerLabel, shortText } from "../grid";
import { numberOf, personCategoryOf, textOf } from "../fieldValues";
import type { PreparedSheet } from "../prepareSheet";
import { planColumns, readRecords } from "../readRecords";
import { sheetColumn, sheetRow } from "../sheetOrigin";
import type { FormChoice } from "./chooseForm";
import { formYear, type YearHints } from "./formYear";
import type { MonthColumns } from "./registerColumns";
import { titleBranch } from "./titleBranch";
import { titleYear } from "./titleYear";

type RegisterChoice = Extract<FormChoice, { form: "register" }>;

/** A member's row of the register: who, and the terms every month of the row shares. */
interface RegisterPerson {
  row: number;
  name: string;
  branch: string;
  personCategory?: PersonCategory;
  base?: number;
  ratio?: number;
  due?: number;
  remark?: string;
}

/** What one month of a member's row says, from its cell (or its amount, date and signature cells). */
interface MonthReading {
  amount?: number;
  day?: DayNumber;
  paid: boolean;
  exempt: boolean;
  /** The exemption as written, for 备注. */
  exemptText?: string;
}

/** Folds one parsed cell into the month's reading. */
function addCell(reading: MonthReading, cell: RegisterMonthCell, text: string): void {
  switch (cell.kind) {
    case "amount":
      if (cell.amount > 0) {
        reading.amount = cell.amount;
        reading.paid = true;
      }
      break;
    case "date":
      reading.day = cell.day;
      reading.paid = true;
      break;
    case "mark":
      reading.paid = true;
      break;
    case "exempt":
      reading.exempt = true;
      reading.exemptText = text;
      break;
    default:
      break;
  }
}

/**
 * Reads the month-column dues register (党员党费交纳登记表) into the member-month payments the dues
 * rules already check: each month cell that records a payment becomes one record of that month,
 * pointing at that cell. A blank, `未交` or `—` month is no record, so dues-monthly finds it unpaid.
 * A month cell merged across several months is one payment for all of them. The month headers'
 * year, else the title's, else the reporting year's sources give the year (see formYear).
 */
export function readDuesRegister(
  sheet: PreparedSheet,
  choice: RegisterChoice,
  workbook: LedgerWorkbook,
  hints: YearHints,
  issues: ReadIssue[]
): LedgerSheet<DuesRecord> {
  const { schema, header, months } = choice;
  const { grid, original, origin } = sheet;
  const plans = planColumns(schema, header, grid, origin);
  const layout = {
    ledger: schema.id,
    sheet: sheet.name,
    grid,
    original,
    origin,
    headerIndex: header.index,
    plans,
  };
  const people = readRecords<RegisterPerson>(
    layout,
    (v, row) => ({
      row,
      name: textOf(v, "name") ?? "",
      branch: textOf(v, "branch") ?? "",
      personCategory: personCategoryOf(v, "personCategory"),
      base: numberOf(v, "base"),
      ratio: numberOf(v, "ratio"),
      due: numberOf(v, "due"),
      remark: textOf(v, "remark"),
    }),
    issues
  );

  const headerYear = months.months.find((m) => m.year !== undefined)?.year;
  const year = formYear(
    { header: headerYear, title: titleYear(grid, months.headerIndex, sheet.name) },
    workbook,
    hints,
    headerYear === undefined ? datesIn(sheet, people, months.months) : []
  );
  const monthOf = (m: MonthColumns): YearMonth => ({ year: m.year ?? year.year, month: m.month });
  const branch = header.columns.has("branch")
    ? undefined
    : titleBranch(sheet, months.headerIndex, workbook);

  const records: DuesRecord[] = [];
  for (const person of people) {
    if (branch !== undefined && person.branch === "") person.branch = branch;
    const first = records.length;
    const r = person.row - origin.row;
    let previous: { record: DuesRecord; value: CellValue } | undefined;
    for (const month of months.months) {
      const raw = cellAt(original, r, month.amount);
      const shown = cellAt(grid, r, month.amount);
      // A cell merged over this month and the ones before it: the same payment spans them.
      if (
        previous &&
        raw === "" &&
        shown !== "" &&
        shown === previous.value &&
        month.date === undefined
      ) {
        previous.record.months = {
          from: previous.record.months?.from ?? monthOf(month),
          to: monthOf(month),
        };
        continue;
      }
      previous = undefined;
      const reading: MonthReading = { paid: false, exempt: false };
      for (const column of [month.amount, month.date, month.sign]) {
        if (column === undefined) continue;
        const value = column === month.amount ? shown : cellAt(grid, r, column);
        const result = parseRegisterMonthCell(value, monthOf(month).year);
        if (result.ok) addCell(reading, result.value, displayText(value));
        else if (!result.blank) {
          issues.push({
            type: "unreadable-cell",
            ledger: "dues",
            sheet: sheet.name,
            row: person.row,
            column: sheetColumn(origin, column),
            field: REGISTER_MONTH_FIELD,
            header: headerLabel(cellAt(grid, months.headerIndex, month.amount)),
            text: shortText(value),
            blank: false,
            expected: "amount",
          });
        }
      }
      if (!reading.paid && !reading.exempt) continue;
      const record = monthRecord(
        person,
        monthOf(month),
        reading,
        sheetColumn(origin, month.amount)
      );
      records.push(record);
      previous = { record, value: shown };
    }
    // A member who paid nothing still has the row's terms (base, rate, due) to be checked.
    if (records.length === first) records.push(termsRecord(person));
  }

  const columns: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const plan of plans) {
    columns[plan.field] = plan.letter;
    headers[plan.field] = headerLabel(cellAt(grid, header.index, plan.column));
  }
  return {
    id: "dues",
    sheet: sheet.name,
    form: "register",
    register: {
      year: year.year,
      yearSource: year.source,
      months: months.months.map((m) => ({
        ordinal: monthOrdinal(monthOf(m)),
        column: sheetColumn(origin, m.amount),
      })),
      people: people.map(({ name, branch: b, row }) => ({ name, branch: b, row })),
      datesWritten: records.some((r) => r.paidDate !== undefined),
    },
    headerRow: sheetRow(origin, months.headerIndex),
    columns,
    headers,
    records,
  };
}

function monthRecord(
  person: RegisterPerson,
  month: YearMonth,
  reading: MonthReading,
  cell: string
): DuesRecord {
  const asDue = reading.paid && reading.amount === undefined;
  const remark = reading.exempt
    ? [person.remark, reading.exemptText].filter((t) => t !== undefined && t !== "").join("；")
    : person.remark;
  const paid = reading.exempt && !reading.paid ? 0 : (reading.amount ?? person.due);
  return {
    row: person.row,
    branch: person.branch,
    name: person.name,
    personCategory: person.personCategory,
    months: { from: month, to: month },
    base: person.base,
    ratio: person.ratio,
    due: person.due,
    paid,
    paidDate: reading.day === undefined ? undefined : { day: reading.day, monthOnly: false },
    remark,
    cell,
    ...(asDue ? { paidAsDue: true } : {}),
  };
}

/** A member's row without any month paid: its terms only, paying for no month. */
function termsRecord(person: RegisterPerson): DuesRecord {
  const { row, branch, name, personCategory, base, ratio, due, remark } = person;
  return { row, branch, name, personCategory, base, ratio, due, remark };
}

/** The payment dates written in the register, for its year when nothing else names one. */
function datesIn(
  sheet: PreparedSheet,
  people: readonly RegisterPerson[],
  months: readonly MonthColumns[]
): DayNumber[] {
  const days: DayNumber[] = [];
  for (const person of people) {
    const r = person.row - sheet.origin.row;
    for (const month of months) {
      for (const column of [month.amount, month.date]) {
        if (column === undefined) continue;
        const result = parseRegisterMonthCell(cellAt(sheet.grid, r, column));
        if (result.ok && result.value.kind === "date") days.push(result.value.day);
      }
    }
  }
  return days;
}
