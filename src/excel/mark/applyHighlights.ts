import { classifyOfficeError, officeHostError } from "../officeErrors";
import { noteSizeSupported, notesSupported, threadedCommentsSupported } from "../requirements";
import { formatEditBytes, queueFormatRemovals, queueMarks } from "./formatEdits";
import { planSheetMarks, type SheetMarkPlan } from "./markPlan";
import { noteCellAvoiding } from "./noteCell";
import { noteEdits, queueNoteEdits, type NoteEdit } from "./noteEdits";
import { isOurNote } from "./noteText";
import { findNoteTargets } from "./noteTargets";
import { estimateOperation, RequestBatcher } from "./requestBudget";
import { scanMarks, type ScannedSheet } from "./scanMarks";
import { HostError } from "../hostErrors";
import type { SkipReason } from "../commandOutcome";
import { findSheet } from "../../engine/workbook";
import { type HighlightPlan, type SheetHighlights, noteBoxSize } from "../../engine";

export interface ApplyOptions {
  /** Write notes (only where the host has the Notes API, ExcelApi 1.18). */
  notes: boolean;
  /** Sheets to leave alone (those the reader found protected). */
  skipSheets?: readonly string[];
}

export interface ApplyResult {
  markedRows: number;
  markedCells: number;
  /** Notes written (0 without the Notes API). */
  notes: number;
  /** Rows whose note had no cell to go on: every cell of the row holds a threaded comment. */
  notesSkipped: { sheet: string; row: number }[];
  skippedSheets: { sheet: string; reason: SkipReason }[];
}

interface SheetWork {
  sheet: ScannedSheet;
  marks: SheetMarkPlan | null;
  notes: NoteEdit[];
  /** Rows whose note of ours the sheet carries once the edits are done. */
  noteCount: number;
}

/**
 * Our notes per target cell: the plan's note text by the cell it names (or, naming none, the row's
 * first value cell) — never a cell holding a threaded comment (noteCell.ts); rows left without a
 * cell go to `skipped`.
 */
async function wantedNotes(
  context: Excel.RequestContext,
  sheet: ScannedSheet,
  highlights: SheetHighlights,
  skipped: { sheet: string; row: number }[]
): Promise<Map<string, string>> {
  const targets = await findNoteTargets(context, sheet.worksheet, highlights, sheet.used);
  const wanted = new Map<string, string>();
  for (const note of highlights.notes) {
    const target = note.column !== null ? `${note.column}${note.row}` : targets.get(note.row);
    if (!target) continue;
    const address = noteCellAvoiding(target, sheet.commentCells, sheet.used);
    // Two notes pushed onto one cell by threaded comments share it.
    const same = address ? wanted.get(address) : undefined;
    if (address) wanted.set(address, same === undefined ? note.text : `${same}\n${note.text}`);
    else skipped.push({ sheet: sheet.name, row: note.row });
  }
  return wanted;
}

/** What to do on each sheet: the plan's marks and notes, or only the removal of an earlier check's. */
async function planWork(
  context: Excel.RequestContext,
  scanned: readonly ScannedSheet[],
  plan: HighlightPlan,
  writeNotes: boolean,
  skipped: Set<ScannedSheet>,
  notesSkipped: { sheet: string; row: number }[]
): Promise<SheetWork[]> {
  const planned = new Map<ScannedSheet, SheetHighlights>();
  for (const highlights of plan.sheets) {
    const sheet = findSheet(scanned, highlights.sheet);
    if (sheet && !skipped.has(sheet)) planned.set(sheet, highlights);
  }
  const work: SheetWork[] = [];
  for (const sheet of scanned) {
    if (skipped.has(sheet)) continue;
    const highlights = planned.get(sheet);
    const wanted =
      highlights && writeNotes
        ? await wantedNotes(context, sheet, highlights, notesSkipped)
        : new Map<string, string>();
    work.push({
      sheet,
      marks: highlights ? planSheetMarks(highlights, sheet.used) : null,
      notes: noteEdits(sheet.notes, wanted),
      noteCount: wanted.size,
    });
  }
  return work;
}

/**
 * Marks the ledger sheets per the plan. Whatever an earlier check left is removed first, so a second
 * check leaves the same state as the first; the ledger's values, fills and the user's own notes and
 * conditional formats are never touched. Protected and missing sheets are skipped and reported.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  options: ApplyOptions
): Promise<ApplyResult> {
  const result: ApplyResult = {
    markedRows: 0,
    markedCells: 0,
    notes: 0,
    notesSkipped: [],
    skippedSheets: [],
  };
  try {
    const withNotes = notesSupported();
    const writeNotes = options.notes && withNotes;
    // Our notes' boxes sized to their text, where the host can (not Excel on the web).
    const sizeNotes = writeNotes && noteSizeSupported();
    const scanned = await scanMarks(context, {
      notes: withNotes,
      comments: writeNotes && threadedCommentsSupported(),
    });
    const skipNames = new Set((options.skipSheets ?? []).map((n) => n.toLocaleLowerCase()));
    const skipped = new Set(
      scanned.filter((s) => s.protected || skipNames.has(s.name.toLocaleLowerCase()))
    );
    for (const highlights of plan.sheets) {
      const sheet = findSheet(scanned, highlights.sheet);
      if (!sheet) result.skippedSheets.push({ sheet: highlights.sheet, reason: "missing" });
      else if (skipped.has(sheet))
        result.skippedSheets.push({ sheet: sheet.name, reason: "protected" });
    }

    const work = await planWork(context, scanned, plan, writeNotes, skipped, result.notesSkipped);
    const batcher = new RequestBatcher(context);
    context.application.suspendScreenUpdatingUntilNextSync();
    // Every sheet's formats go in before any note, each sheet's chunks in one request.
    for (const { sheet, marks } of work) {
      const added = marks?.marks ?? [];
      if (sheet.ourFormats.length === 0 && added.length === 0) continue;
      await batcher.room(formatEditBytes(sheet.ourFormats, added));
      queueFormatRemovals(sheet.worksheet, sheet.ourFormats);
      queueMarks(sheet.worksheet, added, plan.colours);
      result.markedRows += marks?.rows ?? 0;
      result.markedCells += marks?.cells ?? 0;
    }
    for (const { sheet, notes, noteCount } of work) {
      result.notes += noteCount;
      if (notes.length === 0) continue;
      await queueNoteEdits(
        sheet.worksheet.notes,
        notes,
        (texts) => batcher.room(estimateOperation(...texts)),
        sizeNotes ? (content) => (isOurNote(content) ? noteBoxSize(content) : undefined) : undefined
      );
    }
    await batcher.finish();
  } catch (error) {
    if (classifyOfficeError(error) === "not-found") {
      const gone = await sheetsGone(context, plan).catch(() => []);
      if (gone.length > 0) throw sheetsGoneError(gone, error);
    }
    throw officeHostError(error, { "zh-CN": "标记台账", "en-US": "marking the ledgers" });
  }
  return result;
}

/** The plan's sheets that no longer exist: deleted or renamed while the check was marking. */
async function sheetsGone(context: Excel.RequestContext, plan: HighlightPlan): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const present = new Set(worksheets.items.map((w) => w.name.toLocaleLowerCase()));
  return plan.sheets.map((s) => s.sheet).filter((name) => !present.has(name.toLocaleLowerCase()));
}

function sheetsGoneError(sheets: readonly string[], cause: unknown): HostError {
  const zh = sheets.map((s) => `“${s}”`).join("、");
  const en = sheets.map((s) => `“${s}”`).join(", ");
  return new HostError(
    `标记台账时出错：工作表${zh}在检查过程中被删除或改名，其余工作表的标记可能未完成。请重新检查。`,
    `Marking stopped: sheet ${en} was deleted or renamed during the check, so other sheets may be partly marked. Please check again.`,
    { cause }
  );
}
