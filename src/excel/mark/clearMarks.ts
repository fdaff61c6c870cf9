import { officeHostError } from "../officeErrors";
import { notesSupported } from "../requirements";
import { coverage } from "./coverage";
import { queueFormatRemovals } from "./formatEdits";
import { noteEdits, queueNoteEdits } from "./noteEdits";
import { estimateOperation, RequestBatcher } from "./requestBudget";
import { scanMarks } from "./scanMarks";
import type { SkipReason } from "../commandOutcome";

export interface ClearMarksResult {
  /** Sheets that had marks or notes of ours, in tab order. */
  sheets: string[];
  /** Rows and cells our removed formats covered. */
  marks: number;
  /** Note blocks of ours removed (the user's own notes stay, as they were). */
  notes: number;
  /** Sheets that carry marks of ours but could not be cleared. */
  skippedSheets: { sheet: string; reason: SkipReason }[];
}

/**
 * Removes only what a check wrote on the sheets: conditional formats whose formula carries our
 * marker, and our note blocks (restoring the user's note text). The summary sheet is not touched.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<ClearMarksResult> {
  const result: ClearMarksResult = { sheets: [], marks: 0, notes: 0, skippedSheets: [] };
  try {
    const withNotes = notesSupported();
    const scanned = await scanMarks(context, { notes: withNotes });
    const batcher = new RequestBatcher(context);
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const sheet of scanned) {
      const edits = noteEdits(sheet.notes, new Map());
      if (sheet.ourFormats.length === 0 && edits.length === 0) continue;
      if (sheet.protected) {
        result.skippedSheets.push({ sheet: sheet.name, reason: "protected" });
        continue;
      }
      await batcher.room(sheet.ourFormats.reduce((sum, f) => sum + 2 * estimateOperation(f.id), 0));
      queueFormatRemovals(sheet.worksheet, sheet.ourFormats);
      if (edits.length > 0) {
        await queueNoteEdits(sheet.worksheet.notes, edits, (texts) =>
          batcher.room(estimateOperation(...texts))
        );
      }
      result.sheets.push(sheet.name);
      result.marks += sheet.ourFormats.reduce((sum, f) => sum + coverage(f.areas, f.kind), 0);
      result.notes += edits.length;
    }
    await batcher.finish();
  } catch (error) {
    throw officeHostError(error, {
      "zh-CN": "清除检查标记",
      "en-US": "clearing the check's marks",
    });
  }
  return result;
}
