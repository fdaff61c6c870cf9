import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { BENCH_BUILD, ROOT, runNode, type ChildRun } from "../lib/child";
import type { Figure } from "../lib/figures";
import { median, round } from "../lib/measure";

/**
 * The command line on the 100k-row workbook, each run a fresh process (startup included on both
 * sides): `check --report-only` against ExcelJS's streaming read of the file alone; `check` with a
 * written copy (the package writer) and `clear` of that copy against `check --report-only` of the
 * same run. Peak memory is each process's maximum resident set.
 */

export const CLI = join(ROOT, "build", "cli", "cli", "main.js");
export const CACHE = join(ROOT, "bench", ".cache");
const CLI_ROWS = 100_000;
const MB = 2 ** 20;

/** The 100k workbook, written once and kept in bench/.cache (its name carries size and seed). */
export async function workbookFile(
  log: (line: string) => void
): Promise<{ file: string; asOf: string }> {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `ledger-${CLI_ROWS}-seed20250701-v1.xlsx`);
  // The sample year's as-of date; fixed so every run checks the same periods.
  const asOf = "2026-01-15";
  if (!existsSync(file)) {
    log(`cli: writing ${file} (once)`);
    const made = await runNode(join(BENCH_BUILD, "children", "writeWorkbook.js"), [
      String(CLI_ROWS),
      file,
    ]);
    if (made.code !== 0) throw new Error(`could not write the workbook: ${made.stderr}`);
  }
  return { file, asOf };
}

export function ok(run: ChildRun, what: string, codes: readonly number[] = [0]): ChildRun {
  if (run.code === null || !codes.includes(run.code))
    throw new Error(`${what} exited with ${run.code}: ${run.stderr.slice(0, 2000)}`);
  return run;
}

const medianOf = (runs: readonly ChildRun[], pick: (r: ChildRun) => number): number =>
  median(runs.map(pick));

export async function cliSuite(log: (line: string) => void, repeats: number): Promise<Figure[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli`);
  const { file, asOf } = await workbookFile(log);
  const out = join(CACHE, "out");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const sizeMb = round(statSync(file).size / MB, 1);
  // Exit 1 only says the workbook has errors, which the synthetic one has on purpose.
  const checkCodes = [0, 1];

  const stream: ChildRun[] = [];
  const reportOnly: ChildRun[] = [];
  const full: ChildRun[] = [];
  const clear: ChildRun[] = [];
  const copy = join(out, "ledger.checked.xlsx");
  // One round runs each command once, back to back, so load from other jobs hits them alike.
  for (let i = 0; i < repeats; i++) {
    log(`cli: round ${i + 1}/${repeats}`);
    stream.push(
      ok(await runNode(join(BENCH_BUILD, "children", "exceljsStream.js"), [file]), "stream")
    );
    reportOnly.push(
      ok(
        await runNode(CLI, ["check", file, "--report-only", "--as-of", asOf]),
        "check --report-only",
        checkCodes
      )
    );
    full.push(
      ok(await runNode(CLI, ["check", file, "--out", copy, "--as-of", asOf]), "check", checkCodes)
    );
    clear.push(
      ok(await runNode(CLI, ["clear", copy, "--out", join(out, "ledger.cleared.xlsx")]), "clear")
    );
  }
  const ms = (r: ChildRun): number => r.ms;
  const cpu = (r: ChildRun): number => r.cpuMs;
  const peak = (r: ChildRun): number => r.peakBytes / MB;
  const note = `${CLI_ROWS} rows, ${sizeMb} MB file, median of ${repeats}`;
  return [
    {
      suite: "cli",
      name: "check --report-only 100k",
      value: round(medianOf(reportOnly, ms)),
      unit: "ms",
      baseline: { name: "ExcelJS stream read", value: round(medianOf(stream, ms)) },
      ratio: round(medianOf(reportOnly, ms) / medianOf(stream, ms)),
      budget: { on: "ratio", max: 1.2, text: "≤ 1.2×" },
      note,
    },
    {
      suite: "cli",
      name: "check --report-only 100k peak RSS",
      value: round(medianOf(reportOnly, peak), 0),
      unit: "MB",
      baseline: { name: "ExcelJS stream read", value: round(medianOf(stream, peak), 0) },
      ratio: round(medianOf(reportOnly, peak) / medianOf(stream, peak)),
      budget: { on: "value", max: 500, text: "≤ 500 MB" },
      note,
    },
    {
      suite: "cli",
      name: "check (written copy) 100k, CPU time",
      value: round(medianOf(full, cpu)),
      unit: "ms",
      baseline: { name: "check --report-only", value: round(medianOf(reportOnly, cpu)) },
      ratio: round(medianOf(full, cpu) / medianOf(reportOnly, cpu)),
      budget: { on: "ratio", max: 1.3, text: "≤ 1.3×" },
      note: `${note}; user + system time of all threads`,
    },
    {
      suite: "cli",
      name: "check (written copy) 100k, wall time",
      value: round(medianOf(full, ms)),
      unit: "ms",
      baseline: { name: "check --report-only", value: round(medianOf(reportOnly, ms)) },
      ratio: round(medianOf(full, ms) / medianOf(reportOnly, ms)),
      note,
    },
    {
      suite: "cli",
      name: "check (written copy) 100k peak RSS",
      value: round(medianOf(full, peak), 0),
      unit: "MB",
      baseline: { name: "check --report-only", value: round(medianOf(reportOnly, peak), 0) },
      ratio: round(medianOf(full, peak) / medianOf(reportOnly, peak)),
      budget: { on: "value", max: 400, text: "≤ 400 MB" },
      note,
    },
    {
      suite: "cli",
      name: "clear 100k, CPU time",
      value: round(medianOf(clear, cpu)),
      unit: "ms",
      baseline: { name: "check --report-only", value: round(medianOf(reportOnly, cpu)) },
      ratio: round(medianOf(clear, cpu) / medianOf(reportOnly, cpu)),
      budget: { on: "ratio", max: 1.0, text: "≤ 1.0×" },
      note: `${note}; user + system time of all threads`,
    },
    {
      suite: "cli",
      name: "clear 100k, wall time",
      value: round(medianOf(clear, ms)),
      unit: "ms",
      baseline: { name: "check --report-only", value: round(medianOf(reportOnly, ms)) },
      ratio: round(medianOf(clear, ms) / medianOf(reportOnly, ms)),
      note,
    },
    {
      suite: "cli",
      name: "clear 100k peak RSS",
      value: round(medianOf(clear, peak), 0),
      unit: "MB",
      baseline: { name: "check --report-only", value: round(medianOf(reportOnly, peak), 0) },
      ratio: round(medianOf(clear, peak) / medianOf(reportOnly, peak)),
      note,
    },
  ];
}
