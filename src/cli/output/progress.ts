import pc from "picocolors";
import { displayWidth } from "./textWidth";

/**
 * What a check is doing, on one status line of stderr, rewritten in place: which file, which sheet
 * and how many rows read, then checking, then writing the copy. A 100,000-row ledger takes tens of
 * seconds, which without it passed in silence.
 *
 * Only on a terminal: piped or redirected (a CI log, a script reading the JSON), stderr gets none
 * of it. And never mixed into what people read: the line is wiped before anything else is written
 * (`clear`), so the tables and the JSON come out as if it had never been there.
 */
export interface Progress {
  /** The file now checked (index from 1), when several are. */
  file(index: number, count: number, name: string): void;
  reading(sheet: string, rows: number): void;
  checking(rows: number): void;
  writing(): void;
  /** Wipes the line, before the caller writes anything else. */
  clear(): void;
}

export interface ProgressTexts {
  file(index: number, count: number, name: string): string;
  reading(sheet: string, rows: number): string;
  checking(rows: number): string;
  writing(): string;
}

/** The terminal a status line can be drawn on: stderr when it is a TTY. */
export interface StatusStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Rows read are redrawn at most this often; a change of stage at once. */
const REDRAW_MS = 100;
const ERASE_LINE = "\r\u001b[2K";

/** Cut to fit one terminal line (CJK characters take two columns). */
function fit(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > columns) break;
    out += ch;
  }
  return `${out}…`;
}

export function createProgress(
  stream: StatusStream,
  texts: ProgressTexts,
  now: () => number = Date.now
): Progress {
  if (!stream.isTTY) {
    const nothing = (): void => undefined;
    return { file: nothing, reading: nothing, checking: nothing, writing: nothing, clear: nothing };
  }
  let prefix = "";
  let shown = false;
  let drawnAt = -Infinity;
  const draw = (text: string, force: boolean): void => {
    const at = now();
    if (!force && at - drawnAt < REDRAW_MS) return;
    drawnAt = at;
    // A terminal that gives no size (0, as a bare pseudo-terminal does) is taken as 80 wide.
    const columns = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`${ERASE_LINE}${pc.dim(fit(`${prefix}${text}`, columns))}`);
    shown = true;
  };
  return {
    file(index, count, name) {
      prefix = `${texts.file(index, count, name)}  `;
    },
    reading(sheet, rows) {
      draw(texts.reading(sheet, rows), false);
    },
    checking(rows) {
      draw(texts.checking(rows), true);
    },
    writing() {
      draw(texts.writing(), true);
    },
    clear() {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
      drawnAt = -Infinity;
    },
  };
}
