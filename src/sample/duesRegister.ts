import type { PlainSheet } from "../engine/template";
import type { SampleWorkbookData } from "./types";
import { columnLetter, type CellValue, parseMonthRange, parseAmount, DUES_SCHEMA } from "../engine";

/**
 * The sample's dues as the month-column 党员党费交纳登记表: every row from A1 (the title, the
 * header, a row per member) and the merged areas (the title, each payment spanning months).
 */
export type DuesRegisterSheet = PlainSheet;

export const REGISTER_SHEET_NAME = "党员党费交纳登记表";

const MONTH_HEADERS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const PERSON_HEADERS = ["序号", "支部", "姓名", "人员类别", "党费基数", "交纳比例", "月应交党费"];
const FIRST_MONTH_COLUMN = PERSON_HEADERS.length;
/** The title row, then the header row; members from the third row. */
const FIRST_MEMBER_ROW = 3;

const fieldIndex = (field: string): number =>
  DUES_SCHEMA.columns.findIndex((c) => c.field === field);

interface MemberLine {
  branch: CellValue;
  name: CellValue;
  personCategory: CellValue;
  base: CellValue;
  ratio: CellValue;
  due: CellValue;
  months: CellValue[];
  remarks: string[];
  /** [first, last] month indexes (0–11) of payments spanning several months. */
  spans: [number, number][];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The sample's one-row-per-payment dues rewritten as offices keep the register: one row per member
 * (in order of first payment), their terms from their first payment, each month's cell the amount
 * paid for it, a payment for several months merged across them with its total. The register has
 * no payment dates, so the date rules cannot check it (structure-not-checkable says so), and one
 * set of terms per member, so a month's own wrong band (dues-rate) cannot be shown.
 */
export function duesRegister(sample: SampleWorkbookData): DuesRegisterSheet {
  const at = (row: readonly CellValue[], field: string): CellValue => row[fieldIndex(field)] ?? "";
  const lines = new Map<string, MemberLine>();
  for (const row of sample.rows.dues) {
    const key = `${String(at(row, "branch"))}\u0000${String(at(row, "name"))}`;
    const range = parseMonthRange(at(row, "months"));
    const paid = parseAmount(at(row, "paid"));
    if (!range.ok || range.value.from.year !== sample.year) continue;
    const from = range.value.from.month - 1;
    const to = range.value.to.year === sample.year ? range.value.to.month - 1 : 11;
    let line = lines.get(key);
    if (!line) {
      const due = parseAmount(at(row, "due"));
      line = {
        branch: at(row, "branch"),
        name: at(row, "name"),
        personCategory: at(row, "personCategory"),
        base: at(row, "base"),
        ratio: at(row, "ratio"),
        due: due.ok ? round2(due.value / (to - from + 1)) : "",
        months: MONTH_HEADERS.map(() => ""),
        remarks: [],
        spans: [],
      };
      lines.set(key, line);
    }
    if (paid.ok) {
      const before = line.months[from];
      const due = parseAmount(at(row, "due"));
      const ownTerms = at(row, "base") === line.base && at(row, "ratio") === line.ratio;
      // The register has one set of terms per member: a month paid in full under other terms
      // (the sample's wrong-band month) can only be ticked, or it would read as a short payment.
      line.months[from] =
        !ownTerms && due.ok && paid.value >= due.value && before === ""
          ? "√"
          : round2((typeof before === "number" ? before : 0) + paid.value);
    }
    if (to > from) line.spans.push([from, to]);
    const remark = String(at(row, "remark"));
    if (remark !== "" && !line.remarks.includes(remark)) line.remarks.push(remark);
  }

  const header = [...PERSON_HEADERS, ...MONTH_HEADERS, "全年合计", "备注"];
  const lastColumn = columnLetter(header.length - 1);
  const values: CellValue[][] = [
    [`${sample.year}年度党员党费交纳登记表`, ...header.slice(1).map(() => "")],
    header,
  ];
  const merges = [`A1:${lastColumn}1`];
  [...lines.values()].forEach((line, index) => {
    const sheetRow = FIRST_MEMBER_ROW + index;
    const total = line.months.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
    values.push([
      index + 1,
      line.branch,
      line.name,
      line.personCategory,
      line.base,
      line.ratio,
      line.due,
      ...line.months,
      round2(total),
      line.remarks.join("；"),
    ]);
    for (const [from, to] of line.spans) {
      const first = columnLetter(FIRST_MONTH_COLUMN + from);
      const last = columnLetter(FIRST_MONTH_COLUMN + to);
      merges.push(`${first}${sheetRow}:${last}${sheetRow}`);
    }
  });
  return { name: REGISTER_SHEET_NAME, values, merges };
}
