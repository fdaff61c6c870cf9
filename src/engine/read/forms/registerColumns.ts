import { parseMonthHeader } from "../../parse/monthHeader";
import { cellAt, type Grid, gridWidth } from "../grid";
import { normalizeHeader } from "../normalizeHeader";

/** Fewer month columns than this is not a register: a stray "3月" header is no table of months. */
export const MIN_REGISTER_MONTHS = 3;

/** What a month's columns hold: one cell, or sub-columns for amount, date and signature. */
export interface MonthColumns {
  month: number;
  /** The year the header writes ("2025年1月"), if any. */
  year?: number;
  /** 0-based grid column of the month's cell, or of its amount sub-column. */
  amount: number;
  /** 0-based grid column of the month's 日期 sub-column. */
  date?: number;
  /** 0-based grid column of the month's 签名 sub-column. */
  sign?: number;
}

/** The month columns of a register's header, and the row its data starts below. */
export interface RegisterMonths {
  /** 0-based grid row of the month headers. */
  headerIndex: number;
  /** 0-based grid row of the 金额/日期/签名 sub-headers, when the months have sub-columns. */
  subHeaderIndex?: number;
  months: MonthColumns[];
}

const AMOUNT_WORDS = ["金额", "实交", "交纳金额", "党费", "实交党费", "交纳党费", "交款", "数额"];
const DATE_WORDS = ["日期", "交纳日期", "时间", "交纳时间", "交款日期"];
const SIGN_WORDS = ["签名", "签字", "经手人", "收款人", "交纳人", "本人签名", "签收"];

function subColumnKind(text: unknown): "amount" | "date" | "sign" | undefined {
  if (typeof text !== "string") return undefined;
  const key = normalizeHeader(text);
  if (DATE_WORDS.includes(key)) return "date";
  if (SIGN_WORDS.includes(key)) return "sign";
  if (AMOUNT_WORDS.includes(key)) return "amount";
  return undefined;
}

/** Runs of consecutive columns of one row naming the same month (a header merged across them). */
function monthRuns(
  grid: Grid,
  rowIndex: number
): { start: number; end: number; header: MonthColumns }[] {
  const runs: { start: number; end: number; header: MonthColumns }[] = [];
  const seen = new Set<number>();
  const width = grid[rowIndex]?.length ?? 0;
  for (let column = 0; column < width; column++) {
    const result = parseMonthHeader(cellAt(grid, rowIndex, column));
    if (!result.ok) continue;
    const { month, year } = result.value;
    const last = runs[runs.length - 1];
    if (
      last &&
      last.end === column - 1 &&
      last.header.month === month &&
      last.header.year === year
    ) {
      last.end = column;
      continue;
    }
    // A month written twice (another table to the right) is read once, from its first columns.
    const key = (year ?? 0) * 12 + month;
    if (seen.has(key)) continue;
    seen.add(key);
    runs.push({
      start: column,
      end: column,
      header: { month, ...(year !== undefined ? { year } : {}), amount: column },
    });
  }
  return runs;
}

/** Gives each month spanning several columns its amount, date and signature sub-columns. */
function withSubColumns(
  grid: Grid,
  subRow: number,
  runs: readonly { start: number; end: number; header: MonthColumns }[]
): MonthColumns[] | undefined {
  const months: MonthColumns[] = [];
  let found = false;
  for (const { start, end, header } of runs) {
    const month: MonthColumns = { ...header };
    let amount: number | undefined;
    for (let column = start; column <= end; column++) {
      const kind = subColumnKind(cellAt(grid, subRow, column));
      if (kind === undefined) continue;
      found = true;
      if (kind === "amount" && amount === undefined) amount = column;
      else if (kind === "date" && month.date === undefined) month.date = column;
      else if (kind === "sign" && month.sign === undefined) month.sign = column;
    }
    month.amount = amount ?? month.date ?? month.sign ?? start;
    months.push(month);
  }
  return found ? months : undefined;
}

/**
 * The register's month header row among the first rows: the row naming the most distinct months,
 * at least MIN_REGISTER_MONTHS. A month header merged over several columns whose row below names
 * 金额/日期/签名 gives the month those sub-columns; that row is then part of the header.
 */
export function findRegisterMonths(grid: Grid, scanRows: number): RegisterMonths | undefined {
  let best: { index: number; runs: ReturnType<typeof monthRuns> } | undefined;
  const last = Math.min(grid.length, scanRows);
  for (let index = 0; index < last; index++) {
    const runs = monthRuns(grid, index);
    if (runs.length >= MIN_REGISTER_MONTHS && (!best || runs.length > best.runs.length)) {
      best = { index, runs };
    }
  }
  if (!best) return undefined;
  const spanning = best.runs.some((r) => r.end > r.start);
  const sub = spanning ? withSubColumns(grid, best.index + 1, best.runs) : undefined;
  if (sub) return { headerIndex: best.index, subHeaderIndex: best.index + 1, months: sub };
  return { headerIndex: best.index, months: best.runs.map((r) => r.header) };
}

/** Whether a grid is wide enough to hold a register at all (cheap check before scanning rows). */
export function mayHoldRegister(grid: Grid): boolean {
  return gridWidth(grid) >= MIN_REGISTER_MONTHS + 1;
}
