/**
 * `npm run bench`: every suite, a table on the terminal and bench/results.json.
 * `npm run bench:check`: the same run, then exit 1 when any budget is broken.
 *
 *   node build/bench/bench/run.js [--check] [--only engine,cli,adapter,taskpane,checker] [--quick]
 *   node build/bench/bench/run.js --check --from-results   (judge the last results.json only)
 *
 * --quick scales the 1M-row engine case down to 300k rows and repeats less (noted in the results).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/child";
import { type Figure, passes, type Results } from "./lib/figures";
import { machine } from "./lib/machine";
import { renderTable } from "./lib/table";
import { adapterSuite } from "./suites/adapter";
import { cliSuite } from "./suites/cli";
import { engineSuite } from "./suites/engine";
import { checkerSuite } from "./suites/checker";
import { taskpaneSuite } from "./suites/taskpane";

const RESULTS = join(ROOT, "bench", "results.json");
const SUITES = ["engine", "cli", "adapter", "taskpane", "checker"] as const;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function measure(quick: boolean): Promise<Results> {
  const only = new Set((option("--only") ?? SUITES.join(",")).split(","));
  const rows1M = quick ? 300_000 : 1_000_000;
  const figures: Figure[] = [];
  const suite = async (name: (typeof SUITES)[number], run: () => Promise<Figure[]> | Figure[]) => {
    if (!only.has(name)) return;
    const started = performance.now();
    figures.push(...(await run()));
    log(`${name}: ${Math.round((performance.now() - started) / 1000)} s`);
  };
  await suite("engine", () => engineSuite(log, rows1M));
  await suite("cli", () => cliSuite(log, quick ? 1 : 3));
  await suite("adapter", () => adapterSuite(log));
  await suite("taskpane", () => taskpaneSuite(log, quick ? 3 : 7));
  await suite("checker", () => checkerSuite(log, quick ? 1 : 3));
  return {
    machine: machine(),
    node: process.version,
    date: new Date().toISOString(),
    options: { rows1M, quick },
    figures,
  };
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  let results: Results;
  if (process.argv.includes("--from-results")) {
    results = JSON.parse(readFileSync(RESULTS, "utf8")) as Results;
  } else {
    results = await measure(process.argv.includes("--quick"));
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  }
  process.stdout.write(`${renderTable(results.figures)}\n`);
  process.stdout.write(
    `\n${results.machine.cpus} ×${results.machine.cores}, ${results.node}, ${results.date}\n`
  );
  const broken = results.figures.filter((f) => passes(f) === false);
  for (const f of broken)
    process.stdout.write(`budget broken: ${f.suite} ${f.name} (${f.budget?.text})\n`);
  if (check && broken.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 2;
});
