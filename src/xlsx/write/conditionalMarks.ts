import type ExcelJS from "exceljs";
import { cellAddresses, chunkAddresses } from "../../engine/highlight/addresses";
import type { HIGHLIGHT_COLOURS, MarkColours } from "../../engine/highlight/colours";
import type { RowRange, SheetHighlights } from "../../engine/highlight/plan";
import { columnLetter, parseCellAddress } from "../../engine/cell/address";
import { toArgb } from "./colour";
import { conditionalFormatsOf } from "./exceljsGuards";
import { markFormula, markKindOf, type MarkKind } from "./markers";
import type { UsedColumns } from "./usedRange";

/**
 * Marks are conditional formats, never cell fills: they sit on top of the user's own formatting and
 * go away without a trace. Ours take the top priorities (1…k, unreadable cells first so they show on
 * an error row) and the user's rules move down by k, as Excel does when a rule is added in its
 * dialog; clearing moves them back.
 */

export interface MarksAdded {
  rows: number;
  cells: number;
}

export interface MarksRemoved {
  /** Rows and cells our removed formats covered. */
  marks: number;
  rules: number;
}

/** An sqref lists its ranges separated by spaces; the engine's chunks use commas. */
const toSqref = (chunk: string): string => chunk.split(",").join(" ");

function markRule(
  kind: MarkKind,
  colours: Readonly<MarkColours>,
  priority: number
): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(colours.fill) } },
  };
  if (colours.font) style.font = { color: { argb: toArgb(colours.font) } };
  return { type: "expression", priority, formulae: [markFormula(kind)], style };
}

function rowRefs(ranges: readonly RowRange[], columns: UsedColumns): string[] {
  const first = columnLetter(columns.first - 1);
  const last = columnLetter(columns.last - 1);
  return chunkAddresses(ranges.map((r) => `${first}${r.first}:${last}${r.last}`)).map(toSqref);
}

const rowCount = (ranges: readonly RowRange[]): number =>
  ranges.reduce((sum, r) => sum + r.last - r.first + 1, 0);

/** Adds the conditional formats for one sheet's highlights; `columns` is the span a row mark covers. */
export function addMarks(
  worksheet: ExcelJS.Worksheet,
  highlights: SheetHighlights,
  colours: typeof HIGHLIGHT_COLOURS,
  columns: UsedColumns | null
): MarksAdded {
  const planned: { kind: MarkKind; ref: string }[] = [
    ...cellAddresses(highlights.unreadableCells).map((chunk) => ({
      kind: "unreadable" as const,
      ref: toSqref(chunk),
    })),
  ];
  // A sheet without values has no rows to colour; its findings still get their notes.
  if (columns) {
    for (const kind of ["error", "warning"] as const) {
      const ranges = kind === "error" ? highlights.errorRows : highlights.warningRows;
      for (const ref of rowRefs(ranges, columns)) planned.push({ kind, ref });
    }
  }
  if (planned.length === 0) return { rows: 0, cells: 0 };

  for (const format of conditionalFormatsOf(worksheet)) {
    for (const rule of format.rules) rule.priority = (rule.priority ?? 0) + planned.length;
  }
  planned.forEach(({ kind, ref }, i) =>
    worksheet.addConditionalFormatting({ ref, rules: [markRule(kind, colours[kind], i + 1)] })
  );
  return {
    rows: columns ? rowCount(highlights.errorRows) + rowCount(highlights.warningRows) : 0,
    cells: highlights.unreadableCells.length,
  };
}

/** Rows ("A5:H6" → 2) or, for unreadable marks, cells ("D4 F2:F3" → 3) an sqref covers. */
function coverage(ref: string, kind: MarkKind | "other"): number {
  let total = 0;
  for (const part of ref.split(/\s+/).filter(Boolean)) {
    const [from = "", to = from] = part.split(":");
    const a = parseCellAddress(from);
    const b = parseCellAddress(to);
    if (!a || !b) continue;
    const rows = Math.abs(b.row - a.row) + 1;
    total += kind === "unreadable" ? rows * (Math.abs(b.column - a.column) + 1) : rows;
  }
  return total;
}

/** Removes every conditional-format rule of ours, and moves the user's rules back up. */
export function removeMarks(worksheet: ExcelJS.Worksheet): MarksRemoved {
  let marks = 0;
  let rules = 0;
  const formats = conditionalFormatsOf(worksheet);
  for (const format of formats) {
    const kept = format.rules.filter((rule) => {
      const kind = "formulae" in rule ? markKindOf(rule.formulae?.[0]) : null;
      if (kind === null) return true;
      marks += coverage(format.ref, kind);
      rules++;
      return false;
    });
    format.rules.splice(0, format.rules.length, ...kept);
  }
  if (rules === 0) return { marks, rules };
  worksheet.removeConditionalFormatting(
    (format: ExcelJS.ConditionalFormattingOptions) => format.rules.length > 0
  );
  const remaining = conditionalFormatsOf(worksheet).flatMap((format) => format.rules);
  const top = Math.min(...remaining.map((rule) => rule.priority ?? 1));
  // Our rules held 1…rules; a file Excel renumbered since may have closed part of that gap.
  const shift = Math.min(rules, Math.max(0, top - 1));
  for (const rule of remaining) rule.priority = (rule.priority ?? 1) - shift;
  return { marks, rules };
}
