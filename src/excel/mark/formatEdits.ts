import type { PlannedMark } from "./markPlan";
import { estimateOperation } from "./requestBudget";
import type { OurFormat } from "./scanMarks";
import type { HIGHLIGHT_COLOURS } from "../../engine";
import { markFormula } from "../../engine/workbook";

/** Queues the removal of our formats and the addition of a sheet's planned marks. */

/** Estimated request bytes of removing `removed` and adding `added` formats. */
export function formatEditBytes(
  removed: readonly OurFormat[],
  added: readonly PlannedMark[]
): number {
  return (
    removed.reduce((sum, f) => sum + 2 * estimateOperation(f.id), 0) +
    added.reduce((sum, m) => sum + 6 * estimateOperation() + 3 * m.address.length, 0)
  );
}

/**
 * Deletes our formats, identified by their marker formula in the scan just before. A format's id
 * is its position in the sheet's collection ("The priority of the conditional format in the
 * current ConditionalFormatCollection",
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat), and a deletion moves
 * every format below it up one: deleted lowest-first, the later ids would name the user's rules.
 * So they go highest position first, in one request before anything is added, and each deletion
 * leaves the positions of the ones still to go unchanged. Excel closes the gaps, so the user's
 * rules move back up.
 */
export function queueFormatRemovals(worksheet: Excel.Worksheet, formats: readonly OurFormat[]) {
  if (formats.length === 0) return;
  const collection = worksheet.getRange().conditionalFormats;
  const lowestLast = [...formats].sort((a, b) => b.position - a.position);
  for (const format of lowestLast) collection.getItem(format.id).delete();
}

/**
 * Adds the planned marks so that they end up in the plan's order above the user's rules: Excel adds
 * each new format at the top priority, so they are added last first.
 */
export function queueMarks(
  worksheet: Excel.Worksheet,
  marks: readonly PlannedMark[],
  colours: typeof HIGHLIGHT_COLOURS
): void {
  for (const mark of [...marks].reverse()) {
    const format = worksheet.getRanges(mark.address).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${markFormula(mark.kind)}`;
    const colour = colours[mark.kind];
    format.custom.format.fill.color = colour.fill;
    if (colour.font) format.custom.format.font.color = colour.font;
  }
}
