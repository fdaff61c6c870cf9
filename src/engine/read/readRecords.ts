import type { CellValue } from "../cell/types";
import type { LedgerId, ReadIssue, ValueKind } from "../model/ledgers";
import { isBlank, toHalfWidth } from "../parse/text";
import type { ColumnSchema, LedgerSchema } from "../schema/ledgerSchemas";
import { type CellReader, type CellReading, cellReader, readBranchName } from "./cellReaders";
import { cellAt, displayText, type Grid, headerLabel, shortText } from "./grid";
import type { HeaderMatch } from "./findHeaderRow";
import type { RecordBuilder } from "./ledgerRecords";
import { memoized } from "./memoReader";
import { isExampleRow } from "./exampleRow";
import { isSignOffRow } from "./signOffRow";
import { type SheetOrigin, sheetColumn, sheetRow } from "./sheetOrigin";

/** A mapped column, prepared once per sheet so that the row loop only reads and parses. */
export interface ColumnPlan {
  field: string;
  /** 0-based grid column. */
  column: number;
  /** Sheet column letters. */
  letter: string;
  /** The header cell's value, as written. */
  headerValue: CellValue;
  kind: ValueKind;
  required: boolean;
  read: CellReader<CellReading>;
}

/** Everything about one recognised ledger sheet that the row loop needs. */
export interface SheetLayout {
  ledger: LedgerId;
  sheet: string;
  /** Values with merged areas filled in: what rows are read from. */
  grid: Grid;
  /** Values as the host gave them: what blank rows and footers are judged on. */
  original: Grid;
  origin: SheetOrigin;
  /** 0-based grid row of the header. */
  headerIndex: number;
  plans: readonly ColumnPlan[];
}

/** The schema's columns found in the header row, in schema order. */
export function planColumns(
  schema: LedgerSchema,
  header: HeaderMatch,
  grid: Grid,
  origin: SheetOrigin
): ColumnPlan[] {
  const plans: ColumnPlan[] = [];
  for (const column of schema.columns) {
    const index = header.columns.get(column.field);
    if (index === undefined) continue;
    plans.push({
      field: column.field,
      column: index,
      letter: sheetColumn(origin, index),
      headerValue: cellAt(grid, header.index, index),
      kind: column.kind,
      required: column.required,
      read: memoized(isBranchColumn(schema, column) ? readBranchName : cellReader(column.kind)),
    });
  }
  return plans;
}

/** The column that names a row's branch (in 支部信息: the branch itself). */
function isBranchColumn(schema: LedgerSchema, column: ColumnSchema): boolean {
  return (
    column.kind === "text" &&
    (column.field === "branch" || (schema.id === "branches" && column.field === "name"))
  );
}

/**
 * Reads every row below the header into records. Skipped: rows where every mapped cell is blank
 * (judged before merges are filled in, so a 支部 merged down over empty template rows does not
 * turn them into records), footers (合计, 填表说明, 注：…), sign-off lines (填表人：… 审核人：…
 * （盖章）, see signOffRow.ts), the template's example rows (a cell starting 【示例】, see
 * exampleRow.ts) and repeats of the header row. Each cell
 * that cannot be read becomes an `unreadable-cell` issue — required cells when blank or invalid,
 * optional cells only when invalid — and the record is kept without that field.
 */
export function readRecords<R>(
  layout: SheetLayout,
  build: RecordBuilder<R>,
  issues: ReadIssue[]
): R[] {
  const { grid, original, plans } = layout;
  const records: R[] = [];
  if (plans.length === 0) return records;
  let current = 0;
  const columnOf = new Map(plans.map((p) => [p.field, p.column]));
  const rawText = (field: string): string | undefined => {
    const column = columnOf.get(field);
    if (column === undefined) return undefined;
    const text = displayText(cellAt(grid, current, column));
    return text === "" ? undefined : text;
  };
  // One readings object for the whole sheet, every field set on every row: builders copy what
  // they need, and a fresh object per row was a large share of the garbage of a big ledger.
  const values: Record<string, CellReading | undefined> = {};
  for (let r = layout.headerIndex + 1; r < grid.length; r++) {
    if (isSkipped(original[r], plans)) continue;
    current = r;
    const row = sheetRow(layout.origin, r);
    for (const plan of plans) {
      const cell = cellAt(grid, r, plan.column);
      const result = plan.read(cell);
      values[plan.field] = result.ok ? result.value : undefined;
      if (!result.ok && (plan.required || !result.blank)) {
        issues.push(unreadable(layout, plan, row, cell, result.blank));
      }
    }
    records.push(build(values, row, rawText));
  }
  return records;
}

function isSkipped(row: readonly CellValue[] | undefined, plans: readonly ColumnPlan[]): boolean {
  if (!Array.isArray(row)) return true;
  let blank = true;
  let repeatsHeader = 0;
  for (const plan of plans) {
    const value: unknown = row[plan.column];
    if (typeof value === "string" && value === plan.headerValue && value !== "") repeatsHeader++;
    if (blank && !isBlankCell(value)) blank = false;
  }
  if (blank || repeatsHeader >= Math.min(2, plans.length)) return true;
  return isFooter(row) || isSignOffRow(row) || isExampleRow(row);
}

/** Text that starts with a visible character is not blank; only the rest needs the full check. */
const VISIBLE_START = /^[^\s\u200B]/;

function isBlankCell(value: unknown): boolean {
  if (typeof value === "string") return !VISIBLE_START.test(value) && isBlank(value);
  return typeof value !== "number" && typeof value !== "boolean";
}

/** What a footer row starts with (after full-width → half-width and without spaces). */
const FOOTER_PREFIXES = ["合计", "总计", "小计", "填表说明", "填报说明", "备注:", "注:"] as const;
/** Their first characters, to dismiss ordinary rows without normalising anything. */
const FOOTER_FIRST = new Set(FOOTER_PREFIXES.map((prefix) => prefix.charAt(0)));

/** A total or note line under the table: its first non-blank cell starts with 合计, 注： and the like. */
export function isFooter(row: readonly CellValue[]): boolean {
  for (const value of row) {
    if (isBlankCell(value)) continue;
    if (typeof value !== "string" || !FOOTER_FIRST.has(value.trimStart().charAt(0))) return false;
    const start = toHalfWidth(value.slice(0, 20)).replace(/\s+/g, "");
    return FOOTER_PREFIXES.some((prefix) => start.startsWith(prefix));
  }
  return false;
}

function unreadable(
  layout: SheetLayout,
  plan: ColumnPlan,
  row: number,
  cell: CellValue,
  blank: boolean
): ReadIssue {
  return {
    type: "unreadable-cell",
    ledger: layout.ledger,
    sheet: layout.sheet,
    row,
    column: plan.letter,
    field: plan.field,
    header: headerLabel(plan.headerValue),
    text: shortText(cell),
    blank,
    expected: plan.kind,
  };
}

/** The non-blank header texts of a row as written, for telling people what was found. */
export function headerTexts(grid: Grid, headerIndex: number): string[] {
  const width = grid[headerIndex]?.length ?? 0;
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const text = headerLabel(shortText(cellAt(grid, headerIndex, c)));
    if (text !== "") texts.push(text);
  }
  return texts;
}
