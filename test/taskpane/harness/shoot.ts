/**
 * Opens the harness in headless Chromium at task-pane widths, light and dark, zh-CN and en-US,
 * checks there is no horizontal scrolling and that a finding can be reached and selected with the
 * keyboard, and writes screenshots to build/taskpane-harness/shots/.
 *
 *   npx webpack --config test/taskpane/harness.webpack.config.js && npx tsx test/taskpane/harness/shoot.ts
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";

const ROOT = resolve(__dirname, "../../..");
const PAGE = pathToFileURL(join(ROOT, "build/taskpane-harness/index.html")).href;
const SHOTS = join(ROOT, "build/taskpane-harness/shots");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface Shot {
  width: number;
  theme: "light" | "dark";
  lang: "zh-CN" | "en-US";
  query?: string;
  /** What to do before the screenshot. */
  view: "results" | "settings" | "running";
}

const SHOTS_TO_TAKE: Shot[] = [
  {
    width: 320,
    theme: "light",
    lang: "zh-CN",
    view: "results",
    query: "asOf=2024-03-25&drop=培训台账",
  },
  {
    width: 320,
    theme: "dark",
    lang: "zh-CN",
    view: "results",
    query: "asOf=2024-03-25&drop=培训台账",
  },
  {
    width: 320,
    theme: "light",
    lang: "en-US",
    view: "results",
    query: "asOf=2024-03-25&drop=培训台账",
  },
  { width: 450, theme: "light", lang: "zh-CN", view: "results" },
  { width: 450, theme: "dark", lang: "en-US", view: "results" },
  { width: 320, theme: "light", lang: "zh-CN", view: "running", query: "manual=1" },
  { width: 320, theme: "light", lang: "zh-CN", view: "settings" },
  { width: 320, theme: "dark", lang: "en-US", view: "settings" },
];

async function runCheck(page: Page, lang: Shot["lang"]): Promise<void> {
  await page.getByRole("button", { name: lang === "zh-CN" ? "开始检查" : "Start check" }).click();
  await page.getByTestId("notice").waitFor();
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
}

/** Tabs to the first finding and presses Enter: the pane must ask Excel to select that row. */
async function keyboardSelect(page: Page): Promise<string> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(
      () => document.activeElement?.getAttribute("aria-label") ?? ""
    );
    if (/按回车|press Enter/.test(label)) {
      await page.keyboard.press("Enter");
      return page.evaluate(() => {
        const host = (window as unknown as { paneHost: { callsOf(method: string): unknown[][] } })
          .paneHost;
        return JSON.stringify(host.callsOf("selectRow"));
      });
    }
  }
  return "no finding reached by Tab";
}

async function main(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const problems: string[] = [];
  try {
    for (const shot of SHOTS_TO_TAKE) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: 900 },
        deviceScaleFactor: 2,
      });
      const query = `lang=${shot.lang}&theme=${shot.theme}${shot.query ? `&${shot.query}` : ""}`;
      await page.goto(`${PAGE}?${query}`);
      await page.locator("main").waitFor();
      if (shot.view === "results") await runCheck(page, shot.lang);
      if (shot.view === "running") {
        await page.getByRole("button", { name: "开始检查" }).click();
        await page.evaluate(() => {
          const host = (window as unknown as { paneHost: { advance(): void } }).paneHost;
          host.advance();
          setTimeout(() => host.advance(), 0);
        });
        await page.getByText("第2/4步：检查").waitFor();
      }
      if (shot.view === "settings") {
        await page
          .getByRole("button", { name: shot.lang === "zh-CN" ? "设置" : "Settings" })
          .click();
        await page.getByRole("dialog").waitFor();
        await page
          .getByRole("button", { name: shot.lang === "zh-CN" ? "会议台账" : "Meetings ledger" })
          .click();
        await page.waitForTimeout(400);
      }
      const overflow = await horizontalOverflow(page);
      if (overflow > 0)
        problems.push(`${query} @${shot.width}px scrolls sideways by ${overflow}px`);
      const name = `${shot.view}-${shot.width}-${shot.theme}-${shot.lang}.png`;
      await page.screenshot({ path: join(SHOTS, name), fullPage: shot.view === "results" });
      // What the pane shows without scrolling, at a size that can be read.
      await page.screenshot({ path: join(SHOTS, name.replace(/\.png$/, "-top.png")) });
      if (
        shot.view === "results" &&
        shot.width === 320 &&
        shot.theme === "light" &&
        shot.lang === "zh-CN"
      ) {
        process.stdout.write(`keyboard: ${await keyboardSelect(page)}\n`);
      }
      process.stdout.write(`${name} (overflow ${overflow}px)\n`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join("\n")}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
