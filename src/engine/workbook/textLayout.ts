/**
 * How much room a text takes in a cell: its width in Excel's column-width unit and the lines it
 * wraps to. The summary's rows, the template's columns and the notes' boxes are all sized by it.
 */

/**
 * Characters a Chinese font draws two units wide: CJK and full-width forms, and the punctuation
 * Chinese text borrows from Latin ranges — “”‘’ quotes, the ellipsis …, the dash —, ×, · and ℃.
 */
const WIDE =
  /[\u00b7\u00d7\u2014\u2018\u2019\u201c\u201d\u2026\u2103\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * How many characters wide a text is in Excel's column-width unit: CJK and full-width forms take
 * two, everything else one.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Chinese punctuation a line may not begin with: it stays with the character before it. */
const NO_LINE_START = "，。、；：？！）》」』”’…·%";
/** …and may not end with: it goes down with the character after it. */
const NO_LINE_END = "（《「『“‘";

/**
 * The pieces a renderer wraps between: each wide character alone (with the punctuation that
 * clings to it), each space, and each run of other characters (a word, a number, a date such as
 * 2025-03-05), which wraps as a whole unless it is longer than a line.
 */
function pieces(line: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let pending = "";
  for (const ch of line) {
    const last = out[out.length - 1];
    if (ch === " ") {
      out.push({ text: ch, space: true });
    } else if (WIDE.test(ch)) {
      if (NO_LINE_START.includes(ch) && last && !last.space && pending === "") last.text += ch;
      else out.push({ text: pending + ch, space: false });
      pending = NO_LINE_END.includes(ch) ? (out.pop()?.text ?? "") : "";
    } else if (last && !last.space && !WIDE.test([...last.text].pop() ?? "") && pending === "") {
      last.text += ch;
    } else {
      out.push({ text: pending + ch, space: false });
      pending = "";
    }
  }
  if (pending !== "") out.push({ text: pending, space: false });
  return out;
}

/**
 * Lines a wrapped text takes in a cell this many characters wide, filled piece by piece as Excel
 * and LibreOffice fill them: a word or number that does not fit goes down whole, so the count is
 * what is drawn rather than the text's width divided by the cell's.
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  for (const line of text.split("\n")) {
    lines++;
    let used = 0;
    for (const piece of pieces(line)) {
      const w = textWidth(piece.text);
      if (used + w <= usable) used += w;
      else if (piece.space) {
        // A space at the end of a line is not carried to the next.
        lines++;
        used = 0;
      } else if (w <= usable) {
        lines++;
        used = w;
      } else {
        for (const ch of piece.text) {
          const cw = textWidth(ch);
          if (used + cw > usable && used > 0) {
            lines++;
            used = 0;
          }
          used += cw;
        }
      }
    }
  }
  return Math.max(1, lines);
}
