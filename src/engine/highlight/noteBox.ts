import { textWidth, wrappedLines } from "../workbook/textLayout";

/**
 * How big a note's box must be to show its whole text, in points. Excel opens a new note 108 × 59
 * points whatever it holds, so a note of ours (a header and a line or more per finding, each with
 * its basis) showed two lines and hid the rest until the reader dragged the box larger.
 *
 * Notes are set in a 9-point font (宋体 in the .xlsx we write, Excel's own note font otherwise): a
 * Chinese character is about 9 points wide, so one unit of `textWidth` (half a character) takes
 * 4.8 points with the spacing, and a line about 12 points.
 */
const POINTS_PER_UNIT = 4.8;
const LINE_POINTS = 12;
/** Padding inside the box: the border and the text frame's insets. */
const PADDING = 12;
/** The narrowest box (15 Chinese characters) and the widest (32), so long lines wrap. */
const MIN_UNITS = 30;
const MAX_UNITS = 64;
/** Excel's largest note is far larger; a box taller than this is a page the reader scrolls anyway. */
const MAX_HEIGHT = 400;

export interface NoteBox {
  width: number;
  height: number;
}

export function noteBoxSize(text: string): NoteBox {
  const longest = Math.max(0, ...text.split("\n").map(textWidth));
  const units = Math.min(MAX_UNITS, Math.max(MIN_UNITS, longest));
  // wrappedLines keeps one unit free at the line's end, as a cell's padding does.
  const lines = wrappedLines(text, units + 1);
  return {
    width: Math.round(units * POINTS_PER_UNIT + PADDING),
    height: Math.min(MAX_HEIGHT, Math.round(lines * LINE_POINTS + PADDING)),
  };
}
