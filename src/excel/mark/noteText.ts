import { NOTE_HEADER, NOTE_SEPARATOR } from "../../engine/workbook";

/**
 * Our findings ride in cell notes as plain text, exactly as the .xlsx adapter writes them: a note of
 * our own starts with the 【党建台账检查】 line; on a user's note our block is appended after
 * NOTE_SEPARATOR, so that cutting from the last separator gives the user's note back unchanged.
 */

const HEADER_LINE = `${NOTE_HEADER}\n`;

/** The note text for a cell: the user's note (or none) with our block after it. */
export function composeNote(userNote: string | null, block: string): string {
  return userNote === null || userNote === ""
    ? `${HEADER_LINE}${block}`
    : `${userNote}${NOTE_SEPARATOR}${block}`;
}

/**
 * What is left of a note without our block: the user's text, null when the note was ours alone,
 * undefined when nothing in it is ours.
 */
export function withoutOurBlock(content: string): string | null | undefined {
  if (content.startsWith(HEADER_LINE) || content === NOTE_HEADER) return null;
  const cut = content.lastIndexOf(NOTE_SEPARATOR);
  return cut < 0 ? undefined : content.slice(0, cut);
}

/** Whether a note is ours alone (its box is ours to size). */
export function isOurNote(content: string): boolean {
  return withoutOurBlock(content) === null;
}

/** The user's part of a note: the note itself when none of it is ours. */
export function userPartOf(content: string): string | null {
  const stripped = withoutOurBlock(content);
  return stripped === undefined ? content : stripped;
}
