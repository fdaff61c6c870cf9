import { Presets, SingleBar } from "cli-progress";

/** Progress over several files (and rows within a large one), on stderr so stdout stays clean. */
export interface Progress {
  file(index: number, count: number, name: string): void;
  rows(sheet: string, rows: number): void;
  done(): void;
}

const ROW_STEP = 50_000;

/** A bar on a terminal; plain lines elsewhere (CI logs, pipes). */
export function createProgress(
  stream: NodeJS.WriteStream,
  label: (index: number, count: number, name: string) => string,
  rowsLabel: (sheet: string, rows: number) => string
): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: "{bar} {value}/{total} {label}", stream, hideCursor: true, clearOnComplete: true },
      Presets.shades_classic
    );
    let started = false;
    return {
      file(index, count, name) {
        if (!started) bar.start(count, index - 1, { label: name });
        started = true;
        bar.update(index - 1, { label: label(index, count, name) });
      },
      rows(sheet, rows) {
        bar.update({ label: rowsLabel(sheet, rows) });
      },
      done() {
        if (started) bar.stop();
      },
    };
  }
  let lastRows = 0;
  return {
    file(index, count, name) {
      lastRows = 0;
      stream.write(`${label(index, count, name)}\n`);
    },
    rows(sheet, rows) {
      if (rows - lastRows < ROW_STEP) return;
      lastRows = rows;
      stream.write(`  ${rowsLabel(sheet, rows)}\n`);
    },
    done() {},
  };
}
