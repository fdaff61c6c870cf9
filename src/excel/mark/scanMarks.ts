import { areasOfAddress } from "../read/areaList";
import { estimateOperation, RequestBatcher } from "./requestBudget";
import { markKindOf, type MarkKind } from "../../engine/workbook";

/**
 * Finds what an earlier check left in the workbook — conditional formats carrying our marker and
 * notes — plus each sheet's used range and, for placing notes, the cells holding threaded
 * comments, in a bounded number of syncs: sheets; then used ranges, formats, notes and comments;
 * then the formulas and ranges of custom formats and the cells of notes and comments (batched by
 * request size, as their number grows with the findings of the earlier check).
 */

/** A sheet's used range (values only), 0-based as Office.js gives it. */
export interface UsedArea {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface OurFormat {
  /** The format's id: its position in the sheet's collection when scanned, not a lasting name. */
  id: string;
  /** The same position as a number, for deleting highest first. */
  position: number;
  kind: MarkKind | "other";
  /** Areas without sheet name ("A3:F3"). */
  areas: string[];
}

export interface ScannedSheet {
  name: string;
  worksheet: Excel.Worksheet;
  protected: boolean;
  used: UsedArea | null;
  ourFormats: OurFormat[];
  /** Every note of the sheet, cell address ("A3") → text; empty when notes are not scanned. */
  notes: Map<string, string>;
  /** Cells ("A3") holding a threaded comment, which take no note; empty when not scanned. */
  commentCells: Set<string>;
}

interface PendingSheet {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  formats: Excel.ConditionalFormatCollection;
  notes: Excel.NoteCollection | null;
  comments: Excel.CommentCollection | null;
}

/** The custom-format rule loads of one sheet, read after the batch that carries them. */
interface CustomLoads {
  format: Excel.ConditionalFormat;
  rule: Excel.ConditionalFormatRule;
  ranges: Excel.RangeAreas;
}

interface NoteLoads {
  note: Excel.Note;
  location: Excel.Range;
}

const CUSTOM = "Custom";

export interface ScanOptions {
  /** Read notes (guarded: the Notes API). */
  notes: boolean;
  /** Read where threaded comments are (guarded: ExcelApi 1.10, asked by the caller). */
  comments?: boolean;
}

export async function scanMarks(
  context: Excel.RequestContext,
  options: ScanOptions
): Promise<ScannedSheet[]> {
  const worksheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  await context.sync();

  const pending: PendingSheet[] = worksheets.items.map((worksheet) => ({
    worksheet,
    used: worksheet
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
    formats: worksheet.getRange().conditionalFormats.load("items/id,items/type"),
    notes: options.notes ? worksheet.notes.load("items/content") : null,
    // Only where they are matters, not what they say: their ids, then their cells.
    comments: options.comments ? worksheet.comments.load("items/id") : null,
  }));
  await context.sync();

  const batcher = new RequestBatcher(context);
  const customs: CustomLoads[][] = [];
  const notes: NoteLoads[][] = [];
  const comments: Excel.Range[][] = [];
  for (const sheet of pending) {
    const sheetCustoms: CustomLoads[] = [];
    for (const format of sheet.formats.items.filter((f) => f.type === CUSTOM)) {
      await batcher.room(2 * estimateOperation(format.id));
      sheetCustoms.push({
        format,
        rule: format.custom.rule.load("formula"),
        ranges: format.getRanges().load("address"),
      });
    }
    customs.push(sheetCustoms);
    const sheetNotes: NoteLoads[] = [];
    for (const note of sheet.notes?.items ?? []) {
      await batcher.room(estimateOperation());
      sheetNotes.push({ note, location: note.getLocation().load("address") });
    }
    notes.push(sheetNotes);
    const sheetComments: Excel.Range[] = [];
    for (const comment of sheet.comments?.items ?? []) {
      await batcher.room(estimateOperation());
      sheetComments.push(comment.getLocation().load("address"));
    }
    comments.push(sheetComments);
  }
  await batcher.finish();

  return pending.map((sheet, i): ScannedSheet => {
    const used = sheet.used.isNullObject
      ? null
      : {
          rowIndex: sheet.used.rowIndex,
          columnIndex: sheet.used.columnIndex,
          rowCount: sheet.used.rowCount,
          columnCount: sheet.used.columnCount,
        };
    const ourFormats = (customs[i] ?? []).flatMap(({ format, rule, ranges }): OurFormat[] => {
      const kind = markKindOf(rule.formula);
      if (kind === null) return [];
      // Were an id ever a lasting name rather than a number, any order of deletion would be safe.
      const position = /^\d+$/.test(format.id) ? Number(format.id) : -1;
      return [{ id: format.id, position, kind, areas: areasOfAddress(ranges.address) }];
    });
    const noteMap = new Map<string, string>();
    for (const { note, location } of notes[i] ?? []) {
      const [address] = areasOfAddress(location.address);
      if (address) noteMap.set(address, note.content);
    }
    const commentCells = new Set(
      (comments[i] ?? []).flatMap((location) => areasOfAddress(location.address).slice(0, 1))
    );
    return {
      name: sheet.worksheet.name,
      worksheet: sheet.worksheet,
      protected: sheet.worksheet.protection.protected,
      used,
      ourFormats,
      notes: noteMap,
      commentCells,
    };
  });
}
