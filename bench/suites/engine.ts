import { syntheticSheets, syntheticWorkbook } from "../generate/syntheticWorkbook";
import type { Figure } from "../lib/figures";
import { median, round, timeMs } from "../lib/measure";
import { type SheetInput, checkWorkbook } from "../../src/engine";

/**
 * The engine alone (checkWorkbook on grids in memory): time per size, scaling from 10k to 100k to
 * 1M rows, and rows per second per ledger. The baseline is a plain pass over every cell of the
 * same grids, so the ratio says how much dearer checking is than merely looking at the data.
 */

const ORGANISATION = new Set(["单位信息", "支部信息", "党员名册"]);
const LEDGER_SHEETS = ["会议台账", "党课台账", "党费台账", "培训台账"] as const;

/** Touches every cell the way any consumer must; kept observable so it is not optimised away. */
function scanCells(sheets: readonly SheetInput[]): number {
  let filled = 0;
  for (const sheet of sheets)
    for (const row of sheet.values) for (const cell of row) if (cell !== "") filled++;
  return filled;
}

interface Timed {
  rows: number;
  checkMs: number;
  scanMs: number;
}

function timeCheck(sheets: readonly SheetInput[], asOf: string, repeats: number): Timed {
  const check: number[] = [];
  const scan: number[] = [];
  for (let i = 0; i < repeats; i++) {
    scan.push(timeMs(() => void scanCells(sheets)));
    check.push(timeMs(() => void checkWorkbook(sheets, { asOf })));
  }
  return { rows: 0, checkMs: median(check), scanMs: median(scan) };
}

/**
 * One full collection after generating a size's input, when the process allows it (`npm run
 * bench` passes --expose-gc): otherwise the first timed check pays for collecting the generator's
 * garbage, which grows with the size (a million rows leave gigabytes of it).
 */
function collectGeneratorGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, "gc");
  if (typeof gc === "function") gc();
}

function measureSize(rows: number, repeats: number): Timed {
  const workbook = syntheticWorkbook(rows);
  const sheets = syntheticSheets(workbook);
  collectGeneratorGarbage();
  const timed = timeCheck(sheets, workbook.asOf, repeats);
  return { ...timed, rows: workbook.rowCount };
}

const label = (rows: number): string =>
  rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`;

export function engineSuite(log: (line: string) => void, rows1M: number): Figure[] {
  const figures: Figure[] = [];
  // Warm the JIT on small inputs so the first timed size is not paying for compilation.
  for (let i = 0; i < 3; i++) measureSize(10_000, 1);

  const sizes: [number, number][] = [
    [1_000, 15],
    [10_000, 5],
    [100_000, 3],
    [rows1M, 3],
  ];
  const timed = new Map<number, Timed>();
  for (const [rows, repeats] of sizes) {
    log(`engine: ${label(rows)} rows ×${repeats}`);
    const t = measureSize(rows, repeats);
    timed.set(rows, t);
    figures.push({
      suite: "engine",
      name: `check ${label(rows)} rows`,
      value: round(t.checkMs, 1),
      unit: "ms",
      baseline: { name: "cell scan", value: round(t.scanMs, 2) },
      ratio: round(t.checkMs / t.scanMs, 1),
      note: `${Math.round((t.rows / t.checkMs) * 1000).toLocaleString("en-US")} rows/s, median of ${repeats}`,
    });
  }
  for (const [small, big] of [
    [10_000, 100_000],
    [100_000, rows1M],
  ] as const) {
    const a = timed.get(small);
    const b = timed.get(big);
    if (!a || !b) continue;
    // Time for a 10× larger input, whatever the actual sizes were.
    const per10x = (b.checkMs / a.checkMs) * ((10 * a.rows) / b.rows);
    figures.push({
      suite: "engine",
      name: `scaling ${label(small)}→${label(big)} (time for 10× rows)`,
      value: round(b.checkMs, 1),
      unit: "ms",
      baseline: { name: `${label(small)} rows`, value: round(a.checkMs, 1) },
      ratio: round(per10x, 2),
      budget: { on: "ratio", max: 11, text: "≤ 11×" },
    });
  }
  figures.push(...perLedger(log));
  return figures;
}

/** Rows per second of each ledger, checked with only the organisation sheets beside it. */
function perLedger(log: (line: string) => void): Figure[] {
  log("engine: rows per second per ledger (100k workbook)");
  const workbook = syntheticWorkbook(100_000);
  const all = syntheticSheets(workbook);
  return LEDGER_SHEETS.map((ledger): Figure => {
    const sheets = all.filter((s) => ORGANISATION.has(String(s.name)) || s.name === ledger);
    const rows = sheets
      .filter((s) => s.name !== "单位信息")
      .reduce((sum, s) => sum + Math.max(0, s.values.length - 2), 0);
    const t = timeCheck(sheets, workbook.asOf, 3);
    return {
      suite: "engine",
      name: `${ledger} rows/s (+ organisation sheets)`,
      value: Math.round((rows / t.checkMs) * 1000),
      unit: "rows/s",
      baseline: { name: "cell scan ms", value: round(t.scanMs, 2) },
      ratio: round(t.checkMs / t.scanMs, 1),
      note: `${rows} rows in ${round(t.checkMs, 1)} ms`,
    };
  });
}
