import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse, type Node } from "acorn";
import { simple } from "acorn-walk";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { toCheckOptions } from "../../src/excel/settings/toCheckOptions";
import { readXlsxBuffer } from "../../src/xlsx/read";
import { streamXlsxBook } from "../../src/xlsx/read/streamSheets";
import { ADDIN_ID } from "../../src/checker/addinReference";
import { readAddinProperty } from "../../src/xlsx/package/addinSettings";
import { portableCodec } from "../../src/xlsx/package/codec";
import { OoxmlPackage } from "../../src/xlsx/package/ooxmlPackage";
import { SETTINGS_KEY } from "../../src/excel/settings/settingsStore";
import { packageDifferences } from "../checker/packageDiff";
import { runCli } from "../cli/runCli";
import { horizontalOverflow, launchChromium, seriousAxeViolations } from "./browser";
import { buildAddin } from "./build";
import { es2017Problems } from "./es2017";
import { sampleWorkbook, type SampleWorkbook } from "./sampleWorkbook";
import { syntheticWorkbook } from "../../bench/generate/syntheticWorkbook";
import { buildTemplateModel } from "../../src/engine/template";
import { writeTemplateWorkbook } from "../../src/xlsx/template";
import { writeXlsxBuffer } from "../../src/xlsx/write/saveXlsx";
import { startServer, type StaticServer } from "./server";
import { checkWorkbook, type CheckResult, SEVERITIES } from "../../src/engine";
import { isSummaryMarker, SUMMARY_MARKER } from "../../src/engine/workbook";

/**
 * The checker page (dist/checker.html) as built, in Chromium: workbooks dropped on it are checked
 * in its workers with the engine's result; its downloads are the command line's checked copy, the
 * 汇总表 alone, the template and the roll-up; a file it cannot check gets the command line's reason;
 * the settings it keeps per file name travel in the copy as the add-in keeps them; a check can be
 * cancelled; it works opened from file:// too; and nothing it does leaves the page's origin.
 */

jest.setTimeout(300_000);

const ROOT = resolve(__dirname, "../..");
const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");
const SETTINGS_PREFIX = "party-ledger-check:checker-settings:";

let tempDir: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let sample: SampleWorkbook;
let sampleFile: string;
/** A workbook large enough (30k rows) that its check is surely still running when 取消 is pressed. */
let largeFile: string;

async function writeLarge(file: string): Promise<void> {
  const data = syntheticWorkbook(30_000);
  const model = buildTemplateModel({ year: data.year, unitName: String(data.unitInfo.unitName) });
  const workbook = writeTemplateWorkbook(model, { unitInfo: data.unitInfo, rows: data.rows });
  writeFileSync(file, await writeXlsxBuffer(workbook));
}

beforeAll(async () => {
  browser = await launchChromium();
  tempDir = mkdtempSync(join(tmpdir(), "party-ledger-checker-e2e-"));
  dist = join(tempDir, "dist");
  server = await startServer(dist);
  const [, loaded] = await Promise.all([
    buildAddin(dist, `http://localhost:${server.port}/`),
    sampleWorkbook(),
  ]);
  sample = loaded;
  sampleFile = join(tempDir, "台账.xlsx");
  writeFileSync(sampleFile, sample.bytes);
  largeFile = join(tempDir, "large.xlsx");
  await writeLarge(largeFile);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

interface Watch {
  offOrigin: string[];
  errors: string[];
}

/** A page of its own context; every request for another origin is recorded and stopped. */
async function openChecker(
  lang: "zh-CN" | "en-US",
  width = 1100,
  url = `${server.origin}/checker.html?lang=${lang}`,
  prepare: (context: BrowserContext) => Promise<unknown> = () => Promise.resolve()
): Promise<{ page: Page; context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext({
    viewport: { width, height: 1000 },
    deviceScaleFactor: width < 600 ? 2 : 1,
    locale: lang,
    acceptDownloads: true,
  });
  await prepare(context);
  const watch: Watch = { offOrigin: [], errors: [] };
  const origin = new URL(url).origin;
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (
      requested.startsWith("file:") ? url.startsWith("file:") : new URL(requested).origin === origin
    )
      return route.continue();
    watch.offOrigin.push(requested);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  page.on("request", (request) => {
    const requested = request.url();
    const local =
      requested.startsWith("blob:") ||
      requested.startsWith("data:") ||
      (url.startsWith("file:") ? requested.startsWith("file:") : requested.startsWith(origin));
    if (!local) watch.offOrigin.push(requested);
  });
  page.on("pageerror", (error) => watch.errors.push(error.message));
  await page.goto(url);
  await page.getByTestId("drop-zone").waitFor();
  return { page, context, watch };
}

async function dropFiles(page: Page, files: string[]): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(files);
}

/** The file's list item, once its check has ended one way or another. */
async function settled(page: Page, name: string): Promise<Locator> {
  const item = page.getByTestId("file").filter({ hasText: name });
  await item
    .locator('[data-testid="file-totals"], [data-testid="file-failure"]')
    .first()
    .waitFor({ timeout: 120_000 });
  return item;
}

/** The counts the totals tiles show, in SEVERITIES order. */
async function shownTotals(page: Page): Promise<number[]> {
  const tiles = page.locator("fieldset button[aria-pressed]");
  await tiles.first().waitFor();
  const labels = await tiles.evaluateAll((buttons) =>
    buttons.map((b) => b.querySelector("span")?.textContent ?? "")
  );
  return labels.map(Number);
}

/** The file the click downloads; when none comes, the page's notice says why. */
async function download(page: Page, click: () => Promise<void>): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }).catch(async (error: unknown) => {
      const notice = await page
        .getByTestId("notice")
        .textContent({ timeout: 1000 })
        .catch(() => "");
      throw new Error(`no download; the page says: ${notice}`, { cause: error });
    }),
    click(),
  ]);
  return new Uint8Array(readFileSync(await file.path()));
}

const expectedFor = (settings: Parameters<typeof toCheckOptions>[0]): Promise<CheckResult> =>
  streamXlsxBook(sampleFile).then(({ sheets }) =>
    checkWorkbook(sheets, toCheckOptions(settings, "zh-CN"))
  );

const isWebExtension = (name: string): boolean =>
  name.startsWith("xl/webextensions/") || name === "_rels/.rels" || name === "[Content_Types].xml";

describe("the checker page in zh-CN, served over http", () => {
  test("checks a dropped workbook as the engine does; its downloads are the command line's", async () => {
    const { page, context, watch } = await openChecker("zh-CN");
    await dropFiles(page, [sampleFile]);
    await settled(page, "台账.xlsx");
    const want = await expectedFor({});
    expect(await shownTotals(page)).toEqual(SEVERITIES.map((s) => want.totals[s]));
    expect(await page.getByTestId("file-totals").textContent()).toContain("使用默认设置");
    await page.screenshot({ path: join(ROOT, "docs/images/checker.png") });
    expect(await seriousAxeViolations(page, AXE)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // A finding on a cell shows its row's cells, that cell picked out: there is no Excel to go to.
    const finding = page
      .getByRole("button", { name: /行 [A-Z]+列：.*按回车在表格中选中该行/ })
      .first();
    const label = (await finding.textContent()) ?? "";
    await finding.click();
    const cells = page.getByTestId("row-cells");
    await cells.waitFor();
    const row = /第(\d+)行/.exec(label)?.[1] ?? "";
    await expect(page.getByRole("dialog").textContent()).resolves.toContain(`第${row}行`);
    const column = /行 ([A-Z]+)列/.exec(label)?.[1] ?? "";
    await expect(cells.locator('tr[aria-current="true"] td').first().textContent()).resolves.toBe(
      column
    );
    // The dialog fades in: the picture is taken once it is fully shown.
    await page.waitForFunction(() => {
      const surface = document.querySelector(".fui-DialogSurface");
      return surface !== null && getComputedStyle(surface).opacity === "1";
    });
    await page.screenshot({ path: join(ROOT, "docs/images/checker-row.png") });
    await page.getByRole("button", { name: "关闭" }).last().click();

    // 下载检查结果: what `party-ledger check` writes for the same file and options.
    const copy = await download(page, () =>
      page.getByRole("button", { name: "下载检查结果" }).click()
    );
    const cliCopy = join(tempDir, "cli.checked.xlsx");
    expect([0, 1]).toContain(runCli(["check", sampleFile, "--out", cliCopy]).status);
    expect(await packageDifferences(copy, readFileSync(cliCopy), sample.bytes)).toEqual([]);
    // LibreOffice (standing in for WPS) opens it.
    const copyFile = join(tempDir, "page.checked.xlsx");
    writeFileSync(copyFile, copy);
    execFileSync(
      "libreoffice",
      [
        "--headless",
        `-env:UserInstallation=file://${join(tempDir, "lo-profile")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        join(tempDir, "pdf"),
        copyFile,
      ],
      { stdio: "pipe", timeout: 180_000 }
    );
    expect(existsSync(join(tempDir, "pdf", "page.checked.pdf"))).toBe(true);

    // 下载汇总表: the 汇总表 alone, as the add-in exports it.
    const summary = await download(page, () =>
      page.getByRole("button", { name: "下载汇总表" }).click()
    );
    const summaryBook = await readXlsxBuffer(summary, { file: "summary.xlsx" });
    expect(
      isSummaryMarker(summaryBook.workbook.worksheets[0]?.getCell(SUMMARY_MARKER.address).value)
    ).toBe(true);

    // 下载标准模板: `party-ledger template` with the same year and unit.
    await page.getByRole("button", { name: "下载标准模板" }).click();
    await page.getByLabel("单位名称（可不填）").fill("市某某局");
    await page.getByLabel("年度").fill("2025");
    const template = await download(page, () =>
      page.getByRole("button", { name: "下载", exact: true }).click()
    );
    const cliTemplate = join(tempDir, "template.xlsx");
    expect(runCli(["template", cliTemplate, "--year", "2025", "--unit", "市某某局"]).status).toBe(
      0
    );
    const names = async (bytes: Uint8Array) =>
      (await readXlsxBuffer(bytes, { file: "t.xlsx" })).sheets.map((s) => [s.name, s.values]);
    expect(await names(template)).toEqual(await names(new Uint8Array(readFileSync(cliTemplate))));

    // A file that is no workbook: the command line's reason, word for word.
    const csv = join(tempDir, "名单.csv");
    writeFileSync(csv, "姓名,支部\n张三,第一党支部\n");
    await dropFiles(page, [csv]);
    const failed = await settled(page, "名单.csv");
    const cliReason = runCli(["check", csv, "--report-only"]).stderr.trim();
    expect(cliReason).toMatch(/^文件“名单\.csv”是文本文件/);
    await expect(failed.getByTestId("file-failure").textContent()).resolves.toBe(cliReason);

    // 汇总各单位: the workbook by this page's check, the CSV left out with its reason.
    const rollup = await download(page, () =>
      page.getByRole("button", { name: "汇总各单位" }).click()
    );
    const rolled = await readXlsxBuffer(rollup, { file: "rollup.xlsx" });
    expect(rolled.sheets[0]?.name).toBe("各单位汇总");
    await expect(page.getByTestId("notice").textContent()).resolves.toContain(
      "未纳入汇总：名单.csv"
    );

    expect(watch.offOrigin).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  test("keeps settings per file name, writes them into the copy as the add-in does, reads them back", async () => {
    const settings = { asOf: sample.asOf, year: sample.year };
    const { page, context, watch } = await openChecker("zh-CN");
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: `${SETTINGS_PREFIX}台账.xlsx`,
      value: JSON.stringify({ year: sample.year }),
    });
    await dropFiles(page, [sampleFile]);
    await settled(page, "台账.xlsx");
    await expect(page.getByTestId("file-totals").textContent()).resolves.toContain(
      "使用本浏览器为此文件保存的设置"
    );
    // 设置 → 检查基准日 → 保存: kept for the file name, and the file checked again with it.
    await page.getByRole("button", { name: "设置", exact: true }).last().click();
    await page.getByLabel("检查基准日").fill(sample.asOf);
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByTestId("file-totals").waitFor();
    await page.waitForFunction(
      (asOf) => document.querySelector('[data-testid="file-totals"]')?.textContent?.includes(asOf),
      sample.asOf
    );
    const want = await expectedFor(settings);
    expect(await shownTotals(page)).toEqual(SEVERITIES.map((s) => want.totals[s]));
    const stored = await page.evaluate(
      (key) => localStorage.getItem(key),
      `${SETTINGS_PREFIX}台账.xlsx`
    );
    expect(JSON.parse(stored ?? "{}")).toMatchObject(settings);

    const copy = await download(page, () =>
      page.getByRole("button", { name: "下载检查结果" }).click()
    );
    const pkg = await OoxmlPackage.open(copy, portableCodec);
    const kept = JSON.parse(
      JSON.parse(readAddinProperty(pkg, ADDIN_ID, SETTINGS_KEY) ?? '""') as string
    ) as Record<string, unknown>;
    expect(kept).toMatchObject(settings);
    const cliCopy = join(tempDir, "cli-settings.checked.xlsx");
    runCli([
      "check",
      sampleFile,
      "--out",
      cliCopy,
      "--as-of",
      sample.asOf,
      "--year",
      String(sample.year),
    ]);
    expect(
      await packageDifferences(copy, readFileSync(cliCopy), sample.bytes, isWebExtension)
    ).toEqual([]);
    await context.close();

    // Another browser (nothing kept for the name) checks the copy with the settings it carries.
    const copyFile = join(tempDir, "台账.checked.xlsx");
    writeFileSync(copyFile, copy);
    const other = await openChecker("zh-CN");
    await dropFiles(other.page, [copyFile]);
    await settled(other.page, "台账.checked.xlsx");
    await expect(other.page.getByTestId("file-totals").textContent()).resolves.toContain(
      "使用工作簿中加载项保存的设置"
    );
    expect(await shownTotals(other.page)).toEqual(SEVERITIES.map((s) => want.totals[s]));
    expect([...watch.offOrigin, ...other.watch.offOrigin]).toEqual([]);
    expect([...watch.errors, ...other.watch.errors]).toEqual([]);
    await other.context.close();
  });
});

describe("the checker page in en-US, opened from file:// at 375 px", () => {
  test("checks in its worker, and a check can be cancelled and run again", async () => {
    const url = `file://${join(dist, "checker.html")}?lang=en-US`;
    const { page, context, watch } = await openChecker("en-US", 375, url);
    await dropFiles(page, [sampleFile]);
    await settled(page, "台账.xlsx");
    const want = await expectedFor({});
    expect(await shownTotals(page)).toEqual(SEVERITIES.map((s) => want.totals[s]));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ROOT, "build/e2e/checker-en-375.png"), fullPage: false });

    // Cancelled while it runs, then run again to the end.
    await dropFiles(page, [largeFile]);
    const second = page.getByTestId("file").nth(1);
    const cancel = second.getByRole("button", { name: "Cancel the check" });
    await cancel.click({ timeout: 30_000 });
    await second.getByText("Check cancelled").waitFor();
    await second.getByRole("button", { name: "Check again" }).click();
    await second.getByTestId("file-totals").waitFor({ timeout: 120_000 });
    expect(watch.offOrigin).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe("the checker page in a Chromium older than 84", () => {
  test("works without WeakRef, which Fluent UI's focus manager uses", async () => {
    const { page, context, watch } = await openChecker("zh-CN", 800, undefined, (c) =>
      c.addInitScript(() => Reflect.deleteProperty(window, "WeakRef"))
    );
    expect(await page.evaluate(() => typeof Reflect.get(window, "WeakRef"))).toBe("function");
    await dropFiles(page, [sampleFile]);
    await settled(page, "台账.xlsx");
    await page
      .getByRole("button", { name: /按回车在表格中选中该行/ })
      .first()
      .click();
    await page.getByTestId("row-cells").waitFor();
    await page.getByRole("button", { name: "关闭" }).last().click();
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe("the checker's scripts", () => {
  test("the page and the workers it starts from text parse as ES2017", () => {
    const scripts = readdirSync(dist).filter((name) => name.endsWith(".js"));
    const workers: string[] = [];
    for (const name of scripts) {
      const source = readFileSync(join(dist, name), "utf8");
      expect(es2017Problems(source).map((p) => `${name}: ${p}`)).toEqual([]);
      // A worker's bundled script is a string literal of the chunk that starts it.
      simple(parse(source, { ecmaVersion: 2017, sourceType: "script" }), {
        Literal(node: Node) {
          const value = (node as unknown as { value: unknown }).value;
          if (
            typeof value === "string" &&
            value.length > 100_000 &&
            /^\(\(\)=>|^"use strict";/.test(value)
          )
            workers.push(value);
        },
      });
    }
    expect(workers.length).toBeGreaterThanOrEqual(2);
    expect(workers.flatMap((source) => es2017Problems(source))).toEqual([]);
    const checker = readFileSync(join(dist, "checker.html"), "utf8");
    expect(checker).not.toContain("office.js");
  });
});
