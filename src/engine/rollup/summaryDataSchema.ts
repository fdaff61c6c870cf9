// zod's tree-shakable form: only the checks used here reach the task pane's bundle (the full
// form carries every format's pattern, among them a \p{…} RegExp that EdgeHTML cannot build).
// A namespace import, which esbuild (the checker page's worker) shakes too: `{ z }` made it keep
// all of zod, every locale included.
import * as z from "zod/mini";
import { SUMMARY_DATA_FORMAT, type SummaryData } from "../summary/summaryData";
import type { CellValue } from "../cell/types";
import { SHEET_STYLE_NAMES } from "../workbook/sheetModel";

/**
 * The summary data a department's 汇总表 carries in its hidden column, as the level above accepts
 * it. The file comes from outside: only numbers, plain strings of bounded length and the keys
 * below pass, so nothing in it can become a formula, a link or a style of the roll-up workbook,
 * and a table too large or inconsistent to lay out is refused here rather than half written.
 * src/engine/rollup/README.md states the same schema in words.
 */

/** Control characters other than tab and line feed: a terminal or a cell has no use for them. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) {
      return true;
    }
  }
  return false;
}
const text = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((value: string) => !hasControl(value), "control character")
  );
/** A whole number from `min` to `max`. */
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const count = whole(0, 10_000_000);
const rate = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));

/** The only number format the summary writes ("0.0%"); any other is refused. */
const NUMBER_FORMATS = ["0.0%"] as const;

const MAX_ROWS = 5_000;
const MAX_COLUMNS = 64;

const area = z.strictObject({
  firstRow: whole(0, MAX_ROWS),
  lastRow: whole(0, MAX_ROWS),
  firstColumn: whole(0, MAX_COLUMNS),
  lastColumn: whole(0, MAX_COLUMNS),
});

const tableCell = z.strictObject({
  row: whole(0, MAX_ROWS),
  column: whole(0, MAX_COLUMNS),
  value: z.union([text(2_000), z.number().check(z.minimum(-1e15), z.maximum(1e15))]),
  style: z.enum(SHEET_STYLE_NAMES),
  numberFormat: z.optional(z.enum(NUMBER_FORMATS)),
});

const branchTable = z
  .strictObject({
    height: whole(0, MAX_ROWS),
    width: whole(0, MAX_COLUMNS),
    columnWidths: z
      .array(z.number().check(z.minimum(0), z.maximum(255)))
      .check(z.maxLength(MAX_COLUMNS)),
    cells: z.array(tableCell).check(z.maxLength(50_000)),
    merges: z.array(area).check(z.maxLength(10_000)),
  })
  .check(
    z.superRefine((table, context) => {
      const inside = (row: number, column: number) => row < table.height && column < table.width;
      const taken = new Set<number>();
      table.cells.forEach((cell, i) => {
        if (!inside(cell.row, cell.column)) {
          context.addIssue({ code: "custom", path: ["cells", i], message: "outside the table" });
        }
        const key = cell.row * MAX_COLUMNS + cell.column;
        if (taken.has(key)) {
          context.addIssue({ code: "custom", path: ["cells", i], message: "cell given twice" });
        }
        taken.add(key);
      });
      const merged = new Set<number>();
      table.merges.forEach((m, i) => {
        if (
          m.lastRow < m.firstRow ||
          m.lastColumn < m.firstColumn ||
          !inside(m.lastRow, m.lastColumn)
        ) {
          context.addIssue({
            code: "custom",
            path: ["merges", i],
            message: "not an area of the table",
          });
          return;
        }
        for (let row = m.firstRow; row <= m.lastRow; row++) {
          for (let column = m.firstColumn; column <= m.lastColumn; column++) {
            const key = row * MAX_COLUMNS + column;
            if (merged.has(key)) {
              context.addIssue({ code: "custom", path: ["merges", i], message: "merges overlap" });
              return;
            }
            merged.add(key);
          }
        }
      });
    })
  );

export const summaryDataSchema = z.strictObject({
  format: z.literal(SUMMARY_DATA_FORMAT),
  version: text(40),
  unitName: z.nullable(text(200)),
  year: whole(1950, 2200),
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  checkedAt: text(40),
  locale: z.enum(["zh-CN", "en-US"]),
  totals: z.strictObject({ error: count, warning: count, reminder: count, unreadable: count }),
  complianceRate: rate,
  branches: z
    .array(
      z.strictObject({ branch: text(200), error: count, warning: count, complianceRate: rate })
    )
    .check(z.maxLength(MAX_ROWS)),
  branchTable,
});

/** What a department's hidden column gave. */
export type SummaryDataReading =
  | { ok: true; data: SummaryData }
  | { ok: false; reason: "absent" }
  | { ok: false; reason: "invalid"; detail: string };

/**
 * Reads the hidden column's cells (top to bottom from the first data cell, up to the first empty
 * one) against the schema. Never throws: anything else is `invalid`, with where and why.
 */
export function parseSummaryData(cells: readonly CellValue[]): SummaryDataReading {
  const parts: string[] = [];
  for (const value of cells) {
    if (typeof value !== "string" || value === "") break;
    parts.push(value);
  }
  if (parts.length === 0) return { ok: false, reason: "absent" };
  let json: unknown;
  try {
    json = JSON.parse(parts.join(""));
  } catch {
    return { ok: false, reason: "invalid", detail: "JSON" };
  }
  const parsed = summaryDataSchema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join(".") ?? "";
  return { ok: false, reason: "invalid", detail: `${where || "—"}: ${issue?.message ?? ""}` };
}
