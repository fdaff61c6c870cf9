import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { ROOT } from "../lib/child";
import type { Figure } from "../lib/figures";
import { median, round } from "../lib/measure";

/**
 * The task pane as built in dist/: the gzipped size of the JavaScript taskpane.html loads at once
 * (office.js excluded: Office provides it), and the time from navigation to a pane that answers
 * clicks in headless Chromium, against a blank page served the same way. office.js is replaced by
 * a stub that is ready at once, so the time is the pane's own scripts, parsing and first render.
 */

const DIST = join(ROOT, "dist");
const BLANK = "/__bench_blank.html";
const OFFICE_STUB = join(ROOT, "bench", "pages", "officeStub.js");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** The scripts the page loads up front, as its <script src> tags name them. */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => src !== "" && !src.includes("office-js/") && !/^https?:/.test(src));
}

export function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    if (path === BLANK) {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end("<!doctype html><html><head><title>blank</title></head><body></body></html>");
      return;
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function taskpaneSuite(
  log: (line: string) => void,
  repeats: number
): Promise<Figure[]> {
  const html = join(DIST, "taskpane.html");
  if (!existsSync(html)) throw new Error("dist/taskpane.html is missing: run npm run build");
  const scripts = initialScripts(readFileSync(html, "utf8"));
  const gzipped = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length,
    0
  );
  const raw = scripts.reduce((sum, src) => sum + readFileSync(join(DIST, src)).length, 0);

  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const blank: number[] = [];
  const pane: number[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      log(`taskpane: load round ${i + 1}/${repeats}`);
      // A fresh context each time: nothing cached, as on a first open.
      const context = await browser.newContext();
      const page = await context.newPage();
      // Outside Excel office.js never says it is ready; a stub does, at once (see officeStub.js).
      await page.route("**/office-js/office.js", (route) =>
        route.fulfill({ contentType: "text/javascript", body: readFileSync(OFFICE_STUB, "utf8") })
      );
      let start = performance.now();
      await page.goto(base + BLANK, { waitUntil: "load" });
      blank.push(performance.now() - start);
      start = performance.now();
      await page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
      // Interactive: the pane has replaced its loading text with an enabled button.
      await page.locator("#app button:enabled").first().waitFor({ timeout: 60_000 });
      pane.push(performance.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return [
    {
      suite: "taskpane",
      name: "initial JavaScript, gzipped",
      value: round(gzipped / 1024, 1),
      unit: "KB",
      baseline: { name: "uncompressed KB", value: round(raw / 1024, 1) },
      ratio: round(gzipped / raw),
      budget: { on: "value", max: 300, text: "≤ 300 KB" },
      note: scripts.join(", "),
    },
    {
      suite: "taskpane",
      name: "load to interactive",
      value: round(median(pane), 0),
      unit: "ms",
      baseline: { name: "blank page", value: round(median(blank), 0) },
      ratio: round(median(pane) / median(blank), 1),
      note: `median of ${repeats}, headless Chromium, fresh context, local http, office.js stubbed`,
    },
  ];
}
