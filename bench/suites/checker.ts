import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { ROOT, runNode, type ChildRun } from "../lib/child";
import type { Figure } from "../lib/figures";
import { median, round } from "../lib/measure";
import { CLI, ok, workbookFile } from "./cli";
import { CHROMIUM, FLAGS, initialScripts, serve } from "./taskpane";

/**
 * The checker page as built in dist/: the gzipped JavaScript checker.html loads at once (the
 * engine, the reader and ExcelJS come later, with the workers), and the 100k-row workbook checked
 * in headless Chromium — from handing the page the file to its totals on screen: the worker's
 * start, reading (fflate), the check, the result's way to the page and the results view — against
 * `check --report-only` on the same file in the same rounds (a fresh process, startup included).
 * While the page checks, a timer on the page's own thread records its longest stall: what the
 * officer would feel of the check as an unresponsive page.
 */

const DIST = join(ROOT, "dist");
const SETTINGS_PREFIX = "party-ledger-check:checker-settings:";

interface PageRun {
  ms: number;
  /** The page thread's longest gap between 50 ms timer ticks, beyond the 50 ms. */
  stallMs: number;
  totals: string;
}

export async function checkerSuite(
  log: (line: string) => void,
  repeats: number
): Promise<Figure[]> {
  const html = join(DIST, "checker.html");
  if (!existsSync(html)) throw new Error("dist/checker.html is missing: run npm run build");
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli`);
  const scripts = initialScripts(readFileSync(html, "utf8"));
  const gzipped = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length,
    0
  );
  const raw = scripts.reduce((sum, src) => sum + readFileSync(join(DIST, src)).length, 0);
  const { file, asOf } = await workbookFile(log);

  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page: PageRun[] = [];
  const cli: ChildRun[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      log(`checker: round ${i + 1}/${repeats}`);
      cli.push(
        ok(
          await runNode(CLI, ["check", file, "--report-only", "--as-of", asOf]),
          "check --report-only",
          [0, 1]
        )
      );
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(`${base}/checker.html?lang=zh-CN`, { waitUntil: "load" });
      await tab.getByTestId("drop-zone").waitFor();
      // The same as-of date as the command line's, kept for the file as the page keeps settings.
      await tab.evaluate(({ key, value }) => localStorage.setItem(key, value), {
        key: SETTINGS_PREFIX + basename(file),
        value: JSON.stringify({ asOf }),
      });
      await tab.evaluate(() => {
        const probe = { last: performance.now(), worst: 0 };
        Reflect.set(window, "__stall", probe);
        setInterval(() => {
          const now = performance.now();
          probe.worst = Math.max(probe.worst, now - probe.last - 50);
          probe.last = now;
        }, 50);
      });
      const start = performance.now();
      await tab.getByTestId("file-input").setInputFiles(file);
      await tab.getByTestId("file-totals").waitFor({ timeout: 600_000 });
      await tab.locator("fieldset button[aria-pressed]").first().waitFor({ timeout: 600_000 });
      const ms = performance.now() - start;
      const stallMs = await tab.evaluate(
        () => (Reflect.get(window, "__stall") as { worst: number }).worst
      );
      const totals = (await tab.getByTestId("file-totals").textContent()) ?? "";
      page.push({ ms, stallMs, totals });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const pageMs = median(page.map((r) => r.ms));
  const cliMs = median(cli.map((r) => r.ms));
  const note = `${basename(file)}, median of ${repeats}, headless Chromium, fresh context`;
  return [
    {
      suite: "checker",
      name: "initial JavaScript, gzipped",
      value: round(gzipped / 1024, 1),
      unit: "KB",
      baseline: { name: "uncompressed KB", value: round(raw / 1024, 1) },
      ratio: round(gzipped / raw),
      budget: { on: "value", max: 300, text: "≤ 300 KB" },
      note: scripts.join(", "),
    },
    {
      suite: "checker",
      name: "100k rows checked in the page",
      value: round(pageMs),
      unit: "ms",
      baseline: { name: "check --report-only", value: round(cliMs) },
      ratio: round(pageMs / cliMs),
      budget: { on: "ratio", max: 1.5, text: "≤ 1.5×" },
      note: `${note}; file given → totals shown (${page[0]?.totals ?? ""})`,
    },
    {
      suite: "checker",
      name: "page thread's longest stall during it",
      value: round(median(page.map((r) => r.stallMs)), 0),
      unit: "ms",
      note: "a 50 ms timer on the page: its longest late tick, median over the rounds",
    },
  ];
}
