import type ExcelJS from "exceljs";
import { deleteNote, isRichNote } from "./exceljsGuards";
import { NOTE_HEADER, NOTE_SEPARATOR } from "./markers";

/**
 * Our findings ride in cell notes. A cell without a note gets a note of its own that starts with
 * NOTE_HEADER; a cell with the user's note keeps it and gets our block appended after
 * NOTE_SEPARATOR, in the note's own form (a string stays a string, rich text gains runs), so that
 * stripping the block gives back the user's note unchanged.
 */

const HEADER_LINE = `${NOTE_HEADER}\n`;

function noteText(note: string | ExcelJS.Comment): string {
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

/** Attaches a note block of ours to the cell, keeping whatever note the user has there. */
export function addNote(cell: ExcelJS.Cell, text: string): void {
  const existing: unknown = cell.note;
  if (typeof existing === "string") {
    cell.note = `${existing}${NOTE_SEPARATOR}${text}`;
  } else if (isRichNote(existing)) {
    cell.note = {
      ...existing,
      texts: [
        ...existing.texts,
        { text: "\n\n" },
        { text: NOTE_HEADER, font: { bold: true } },
        { text: `\n${text}` },
      ],
    };
  } else {
    cell.note = {
      texts: [{ text: NOTE_HEADER, font: { bold: true } }, { text: `\n${text}` }],
    };
  }
}

/** The runs that make up the first `length` characters of a note. */
function truncateRuns(runs: readonly ExcelJS.RichText[], length: number): ExcelJS.RichText[] {
  const kept: ExcelJS.RichText[] = [];
  let used = 0;
  for (const run of runs) {
    if (used >= length) break;
    const room = length - used;
    kept.push(run.text.length <= room ? run : { ...run, text: run.text.slice(0, room) });
    used += Math.min(run.text.length, room);
  }
  return kept;
}

/**
 * Removes our block from the cell's note: the whole note when it is ours alone, else everything
 * from the last separator on (we always append at the end). Returns whether anything was ours.
 */
export function stripNote(cell: ExcelJS.Cell): boolean {
  const note: unknown = cell.note;
  if (typeof note !== "string" && !isRichNote(note)) return false;
  const text = noteText(note);
  if (text.startsWith(HEADER_LINE) || text === NOTE_HEADER) {
    deleteNote(cell);
    return true;
  }
  const cut = text.lastIndexOf(NOTE_SEPARATOR);
  if (cut < 0) return false;
  cell.note =
    typeof note === "string"
      ? note.slice(0, cut)
      : { ...note, texts: truncateRuns(note.texts, cut) };
  return true;
}
