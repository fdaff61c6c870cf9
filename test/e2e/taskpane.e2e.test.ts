import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { horizontalOverflow, launchChromium, seriousAxeViolations } from "./browser";
import { buildAddin, buildTestHost } from "./build";
import type { SheetSnapshot } from "../excel/fakeExcel";
import type { TestHostApi } from "./host/testHost";
import { OFFICE_JS_CDN } from "../../scripts/officeJs";
import { OUTSIDE_OFFICE } from "../../src/taskpane/outsideOffice";
import { es2017Problems } from "./es2017";
import { firstSheetMarker, sampleWorkbook, type SampleWorkbook } from "./sampleWorkbook";
import { startServer, type StaticServer } from "./server";
import {
  ACKNOWLEDGEMENTS_KEY,
  checkWorkbook,
  explainRule,
  RULES,
  SEVERITIES,
  toCheckOptions,
  type CheckResult,
} from "../../src/engine";
import { isSummaryMarker, SUMMARY_MARKER } from "../../src/engine/workbook";

/**
 * The production build of the task pane in Chromium, over a test host standing in for office.js
 * with the sample workbook in memory: check, results, going to a row, clearing, the template and
 * the export, in both languages and both themes at Excel's narrowest pane (320 px).
 */

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, "../..");
const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");
const SCREENSHOT = join(ROOT, "docs/images/taskpane.png");
const IMAGES = join(ROOT, "docs/images");
/** Left out of the workbook, so that 插入标准模板 has sheets to add (and a structure bar shows). */
const DROPPED = ["培训台账", "填表说明"];
const WIDTH = 320;

type Lang = "zh-CN" | "en-US";
type Theme = "light" | "dark";

const LABELS = {
  "zh-CN": {
    start: "开始检查",
    more: "更多操作",
    clear: "清除标记",
    template: "插入标准模板",
    export: "导出汇总表",
    finding: /按回车在表格中选中该行/,
  },
  "en-US": {
    start: "Start check",
    more: "More actions",
    clear: "Clear marks",
    template: "Insert standard template",
    export: "Export summary",
    finding: /press Enter to select the row/,
  },
} as const;

let tempDir: string;
let stubScript: string;
let server: StaticServer;
let browser: Browser;
let sample: SampleWorkbook;
let expected: Record<Lang, CheckResult>;

beforeAll(async () => {
  // Launching first: a machine without Chromium fails at once with how to install it.
  browser = await launchChromium();
  tempDir = mkdtempSync(join(tmpdir(), "party-ledger-e2e-"));
  const dist = join(tempDir, "dist");
  const hostDir = join(tempDir, "host");
  server = await startServer(dist);
  // The build refuses plain http except on loopback; localhost is loopback and names our server.
  const [, , loaded] = await Promise.all([
    buildAddin(dist, `http://localhost:${server.port}/`),
    buildTestHost(hostDir),
    sampleWorkbook(),
  ]);
  sample = loaded;
  const stub = readFileSync(join(hostDir, "office-stub.js"), "utf8");
  const workbook = { sheets: sample.specs, settings: { asOf: sample.asOf } };
  stubScript = `window.e2eWorkbook = ${JSON.stringify(workbook)};\n${stub}`;
  server.setOfficeJs(stubScript);
  const sheets = sample.sheets.filter((s) => !DROPPED.includes(s.name));
  expected = {
    "zh-CN": checkWorkbook(sheets, toCheckOptions({ asOf: sample.asOf }, "zh-CN")),
    "en-US": checkWorkbook(sheets, toCheckOptions({ asOf: sample.asOf }, "en-US")),
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** Reads a value of the test host in the page. */
function host<T>(page: Page, read: (api: TestHostApi) => T): Promise<T> {
  return page.evaluate((source) => {
    const api = Reflect.get(window, "e2e") as TestHostApi;
    return (new Function("api", `return (${source})(api);`) as (a: TestHostApi) => T)(api);
  }, read.toString());
}

async function moreAction(page: Page, lang: Lang, item: string): Promise<void> {
  await page.getByRole("button", { name: LABELS[lang].more }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

interface PageWatch {
  offOrigin: string[];
  /** Requests for office.js on Microsoft's CDN: blocked, as on an intranet, so the copy loads. */
  cdn: string[];
  errors: string[];
}

async function openPane(
  lang: Lang,
  theme: Theme,
  switches: Record<string, string> = {}
): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 900 },
    deviceScaleFactor: 2,
    locale: lang,
  });
  const watch: PageWatch = { offOrigin: [], cdn: [], errors: [] };
  // Ledgers hold personal data: anything leaving for another origin is recorded and stopped. The
  // page's one planned request elsewhere is office.js from Microsoft's CDN, blocked here so that
  // every run takes the intranet's path to the add-in's own copy.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin) return route.continue();
    if (url === OFFICE_JS_CDN) watch.cdn.push(url);
    else watch.offOrigin.push(url);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => watch.errors.push(error.message));
  const query = new URLSearchParams({ lang, theme, drop: DROPPED.join(","), ...switches });
  await page.goto(`${server.origin}/taskpane.html?${query.toString()}`);
  await page.getByRole("button", { name: LABELS[lang].start }).waitFor();
  return { page, watch };
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

describe.each<[Lang, Theme]>([
  ["zh-CN", "light"],
  ["en-US", "dark"],
  ["zh-CN", "dark"],
  ["en-US", "light"],
])("the task pane in %s, %s theme, 320 px wide", (lang, theme) => {
  test("check → go to a row → clear → template → export, all inside the pane's origin", async () => {
    const { page, watch } = await openPane(lang, theme);
    const labels = LABELS[lang];
    const before = await host(page, (api) => api.snapshot());

    await page.getByRole("button", { name: labels.start }).click();
    await page.getByTestId("notice").waitFor();
    const want = expected[lang];
    expect(await shownTotals(page)).toEqual(SEVERITIES.map((s) => want.totals[s]));
    expect(await host(page, (api) => api.sheetNames())).toContain("汇总表");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    if (lang === "zh-CN" && theme === "light") {
      await page.screenshot({ path: SCREENSHOT });
    }
    expect(await seriousAxeViolations(page, AXE)).toEqual([]);

    // A finding names its row; activating it selects that row on its sheet.
    const finding = page.getByRole("button", { name: labels.finding }).first();
    await finding.click();
    await page.waitForFunction(() => {
      const api = Reflect.get(window, "e2e") as TestHostApi;
      return api.selection() !== null;
    });
    const selection = await host(page, (api) => api.selection());
    const active = await host(page, (api) => api.activeSheet());
    const match = /^'?(.+?)'?!\$?[A-Z]+(\d+)/.exec(selection ?? "");
    expect(match?.[1]).toBe(active);
    const row = Number(match?.[2]);
    expect(want.findings.some((f) => f.sheet === active && f.row === row)).toBe(true);
    expect(await finding.textContent()).toContain(String(row));

    // 清除标记 leaves the workbook exactly as it was before the check.
    await moreAction(page, lang, labels.clear);
    await page.waitForFunction(() => {
      const api = Reflect.get(window, "e2e") as TestHostApi;
      return !api.sheetNames().includes("汇总表");
    });
    expect(await host(page, (api) => api.snapshot())).toBe(before);

    await moreAction(page, lang, labels.template);
    await page.waitForFunction((dropped) => {
      const api = Reflect.get(window, "e2e") as TestHostApi;
      return dropped.every((name) => api.sheetNames().includes(name));
    }, DROPPED);

    await moreAction(page, lang, labels.export);
    await page.waitForFunction(() => {
      const api = Reflect.get(window, "e2e") as TestHostApi;
      return api.createdWorkbooks.length > 0;
    });
    const [base64] = await host(page, (api) => api.createdWorkbooks);
    const exported = await firstSheetMarker(base64 ?? "", SUMMARY_MARKER.address);
    expect(isSummaryMarker(exported)).toBe(true);

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.cdn).toEqual([OFFICE_JS_CDN]);
    expect(watch.errors).toEqual([]);
    expect(server.requests).toContain("/office-js/office.js");
    await page.context().close();
  });
});

describe("a workbook without any ledger sheet", () => {
  test("the pane says so, names the sheets, writes nothing and offers the template", async () => {
    // Only 单位信息 is left: key/value pairs, no ledger of rows.
    const plain = sample.sheets.map((s) => s.name).filter((name) => name !== "单位信息");
    const { page, watch } = await openPane("zh-CN", "light", { drop: plain.join(",") });
    const before = await host(page, (api) => api.snapshot());

    await page.getByRole("button", { name: LABELS["zh-CN"].start }).click();
    const notice = page.getByTestId("notice");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("本工作簿中没有识别出党建台账工作表，未作任何修改");
    for (const name of ["会议台账", "党课台账", "党费台账", "培训台账", "支部信息", "党员名册"]) {
      expect(text).toContain(name);
    }
    expect(await page.locator("fieldset button[aria-pressed]").count()).toBe(0);
    expect(await host(page, (api) => api.snapshot())).toBe(before);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ROOT, "build/e2e/no-ledger-zh-CN.png") });
    expect(await seriousAxeViolations(page, AXE)).toEqual([]);

    await notice.getByRole("button", { name: LABELS["zh-CN"].template }).click();
    await page.waitForFunction(() => {
      const api = Reflect.get(window, "e2e") as TestHostApi;
      return api.sheetNames().includes("会议台账");
    });
    expect(await host(page, (api) => api.sheetNames())).toEqual(
      expect.arrayContaining(["会议台账", "支部信息", "党员名册"])
    );
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe("the task pane under Excel's limits", () => {
  test("a protected ledger is read but left untouched and named; a low payload limit only splits the reads", async () => {
    const { page, watch } = await openPane("zh-CN", "light", {
      protect: "会议台账",
      // Far below the sample's biggest sheet, so the adapter must halve its blocks to read it.
      responseBytes: "60000",
    });
    const meetings = async (): Promise<SheetSnapshot | undefined> => {
      const sheets = JSON.parse(await host(page, (api) => api.snapshot())) as SheetSnapshot[];
      return sheets.find((sheet) => sheet.name === "会议台账");
    };
    const before = await meetings();
    expect(before).toBeDefined();

    await page.getByRole("button", { name: LABELS["zh-CN"].start }).click();
    const notice = page.getByTestId("notice");
    await notice.waitFor();
    const want = expected["zh-CN"];
    expect(await shownTotals(page)).toEqual(SEVERITIES.map((s) => want.totals[s]));
    expect(await notice.textContent()).toContain("“会议台账”工作表受保护，未作标记");
    expect(await meetings()).toEqual(before);
    expect(await host(page, (api) => api.sheetNames())).toContain("汇总表");
    // The limit was really hit, and answered by smaller reads rather than an error.
    const refused = await host(
      page,
      (api) =>
        api.fake.stats.requests.filter((r) => r.failed === "ResponsePayloadSizeLimitExceeded")
          .length
    );
    expect(refused).toBeGreaterThan(0);
    // No ledger value or format was written, on any sheet (only the 汇总表, ours, was).
    const ledgers = sample.sheets.map((s) => s.name);
    const ledgerWrites = (
      await host(page, (api) => api.fake.stats.cellWrites.map((w) => ({ ...w })))
    ).filter((w) => ledgers.includes(w.sheet));
    expect(ledgerWrites).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe("the build as it is deployed", () => {
  test("every script it emits parses as ES2017, the syntax EdgeHTML runs", () => {
    const dist = join(tempDir, "dist");
    const scripts = readdirSync(dist).filter((name) => name.endsWith(".js"));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const problems = scripts.flatMap((name) =>
      es2017Problems(readFileSync(join(dist, name), "utf8")).map((p) => `${name}: ${p}`)
    );
    expect(problems).toEqual([]);
  });

  test("with Microsoft's office.js and no Office host, the pane says it runs in Excel", async () => {
    server.setOfficeJs(null);
    try {
      const context = await browser.newContext({ viewport: { width: WIDTH, height: 600 } });
      const cdn: string[] = [];
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (new URL(url).origin === server.origin) return route.continue();
        cdn.push(url);
        return route.abort("internetdisconnected");
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByText(OUTSIDE_OFFICE["zh-CN"]).waitFor({ timeout: 60_000 });
      await expect(page.getByText(OUTSIDE_OFFICE["en-US"]).isVisible()).resolves.toBe(true);
      // The real office.js came from the build's copy once the CDN could not be reached.
      expect(cdn).toContain(OFFICE_JS_CDN);
      expect(await page.evaluate(() => typeof Reflect.get(window, "Office"))).toBe("object");
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      server.setOfficeJs(stubScript);
    }
  });

  test("in Internet Explorer, which cannot run the scripts, the pane says so", async () => {
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: 600 },
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    // Trident fails to parse the ES2017 bundles; blocking them stands in for that here.
    await context.route("**/*", (route) =>
      /\/taskpane\.[0-9a-f]+\.js$/.test(route.request().url()) ||
      new URL(route.request().url()).origin !== server.origin
        ? route.abort("blockedbyclient")
        : route.continue()
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("无法运行党建台账检查");
    await context.close();
  });
});

/** The summary sheet's cell values, as the fake Excel holds them, in one string. */
async function summaryText(page: Page): Promise<string> {
  const sheets = JSON.parse(await host(page, (api) => api.snapshot())) as SheetSnapshot[];
  return sheets.find((sheet) => sheet.name === "汇总表")?.values ?? "";
}

/** No pointer over the pane and nothing focused: a picture that is the same on every run. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement) focused.blur();
  });
  await page.waitForTimeout(300);
}

async function runCheck(page: Page): Promise<void> {
  await page.getByRole("button", { name: LABELS["zh-CN"].start }).click();
  await page.getByTestId("notice").waitFor();
  await page
    .getByText(/检查完成/)
    .first()
    .waitFor();
}

async function finish(page: Page, watch: PageWatch): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(watch.offOrigin).toEqual([]);
  expect(watch.errors).toEqual([]);
  await page.context().close();
}

describe("what an officer sees after a check (zh-CN, 320 px)", () => {
  test("the year and 基准日 the check used, with a one-click change; 不符合 first; 转到汇总表", async () => {
    const { page, watch } = await openPane("zh-CN", "light");
    await runCheck(page);
    const scope = page.getByRole("region", { name: "检查年度和基准日" });
    const want = expected["zh-CN"];
    expect(await scope.textContent()).toContain(`${want.settings.year}年度`);
    expect(await scope.textContent()).toMatch(/基准日 \d{4}年\d{1,2}月\d{1,2}日/);
    await scope.getByRole("button", { name: /^更改/ }).click();
    await scope.getByRole("button", { name: "保存并检查" }).waitFor();
    await scope.screenshot({ path: join(IMAGES, "pane-scope.png") });
    await scope.getByRole("button", { name: "取消" }).click();

    const rows = page.getByRole("region", { name: /^问题记录/ });
    const firstRule = await rows.getByRole("heading", { level: 4 }).first().textContent();
    expect(firstRule).toMatch(/^不符合/);
    const missing = page.getByRole("region", { name: /^缺失事项/ });
    const branchHeadings = await missing.getByRole("heading", { level: 3 }).allTextContents();
    expect(branchHeadings.length).toBeGreaterThan(1);

    await page.getByRole("button", { name: "转到汇总表" }).click();
    await page.waitForFunction(() => {
      const api = Reflect.get(window, "e2e") as TestHostApi;
      return api.activeSheet() === "汇总表";
    });
    expect(await host(page, (api) => api.selection())).toMatch(/汇总表'?!\$?A\$?1$/);
    await finish(page, watch);
  });

  test("each finding's basis, and the rule's explanation one click away", async () => {
    const { page, watch } = await openPane("zh-CN", "light");
    await runCheck(page);
    const item = page.locator("li", { has: page.getByRole("button", { name: /按回车/ }) }).first();
    expect(await item.textContent()).toContain("依据：");
    await item.getByRole("button", { name: /^规定与改正/ }).click();
    await item.getByText("这条规定是什么").waitFor();
    expect(await item.textContent()).toContain("怎样改正");
    await settle(page);
    await item.screenshot({ path: join(IMAGES, "pane-rule.png"), animations: "disabled" });
    expect(await seriousAxeViolations(page, AXE)).toEqual([]);
    await finish(page, watch);
  });

  test("a branch's view: its own counts, and its list copied or printed for the secretary", async () => {
    const { page, watch } = await openPane("zh-CN", "light");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
    await runCheck(page);
    const want = expected["zh-CN"];
    const branch = want.branches[0] ?? "";
    await page.getByRole("combobox", { name: "支部" }).click();
    await page.getByRole("option", { name: branch }).click();
    const own = want.findings.filter((f) => f.branch === branch);
    const count = (severity: string) => own.filter((f) => f.severity === severity).length;
    expect(await shownTotals(page)).toEqual(SEVERITIES.map(count));
    await page.getByRole("group", { name: `把${branch}的问题交给支部书记：` }).waitFor();
    await settle(page);
    await page.screenshot({ path: join(IMAGES, "pane-branch.png"), animations: "disabled" });

    await page.getByRole("button", { name: "复制清单" }).click();
    await page.getByText(`已复制${branch}的问题清单`, { exact: false }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")[0]).toBe(`${branch}党建台账检查问题清单`);
    const others = want.branches.filter((b) => b !== branch);
    for (const other of others) expect(copied).not.toContain(`${other}20`);

    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole("button", { name: "打印清单" }).click();
    await page.emulateMedia({ media: "print" });
    const printed = page.locator("body > [data-print-report]");
    expect(await printed.isVisible()).toBe(true);
    expect(await page.locator("#app").isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(IMAGES, "pane-branch-print.png") });
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: WIDTH, height: 900 });
    await finish(page, watch);
  });

  test("已说明: a verified warning keeps its reason in the workbook and on the 汇总表", async () => {
    const { page, watch } = await openPane("zh-CN", "light");
    await runCheck(page);
    const warningsBefore = (await shownTotals(page))[1] ?? 0;
    // The first warning on a row, held by its own button's name (the list changes under it).
    const offered = page
      .locator("li", { has: page.getByRole("button", { name: "标为已说明" }) })
      .filter({ has: page.getByRole("button", { name: /按回车/ }) })
      .first();
    const name =
      (await offered.getByRole("button", { name: /按回车/ }).getAttribute("aria-label")) ?? "";
    const item = page.locator("li", {
      has: page.getByRole("button", { name, exact: true }),
    });
    const reason = "经核实，已由机关党委同意";
    await item.getByRole("button", { name: "标为已说明" }).click();
    await item.getByRole("textbox").fill(reason);
    await item.getByRole("button", { name: "保存说明" }).click();
    await item.getByText(`已说明：${reason}`, { exact: false }).waitFor();
    expect((await shownTotals(page))[1]).toBe(warningsBefore - 1);
    await page.getByText("另有 1 条提示已说明", { exact: false }).waitFor();
    await item.screenshot({ path: join(IMAGES, "pane-acknowledged.png") });
    const stored = String(
      await host(page, (api) => api.stored("PartyLedgerCheck.acknowledgements"))
    );
    expect(stored).toContain(reason);

    // The next check applies it, and the 汇总表 lists it with its reason.
    await page.getByTestId("notice").getByRole("button", { name: "重新检查" }).click();
    await page
      .getByText(/检查完成/)
      .first()
      .waitFor();
    await page.getByText(`已说明：${reason}`, { exact: false }).first().waitFor();
    const summary = await summaryText(page);
    expect(summary).toContain("五、已说明事项");
    expect(summary).toContain(reason);
    expect(ACKNOWLEDGEMENTS_KEY).toBe("PartyLedgerCheck.acknowledgements");
    await finish(page, watch);
  });

  test("a rule switched off in 设置 is stated in the pane and on the 汇总表", async () => {
    const { page, watch } = await openPane("zh-CN", "light");
    await page.getByRole("button", { name: "设置" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "会议台账" }).click();
    await dialog.getByRole("switch", { name: "启用“每月开展主题党日”" }).click();
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.waitFor({ state: "hidden" });
    await runCheck(page);
    const bar = page.getByText("本次检查的设置与规定不同", { exact: false });
    await bar.waitFor();
    const line = "本次检查未启用：“每月开展主题党日”，其要求未检查，不计入合规率。";
    await page.getByText(line).waitFor();
    await page
      .locator(".fui-MessageBar", { hasText: "本次检查的设置与规定不同" })
      .screenshot({ path: join(IMAGES, "pane-setting-changes.png") });
    expect(await summaryText(page)).toContain(line);
    await finish(page, watch);
  });

  test("where Excel cannot write notes, selecting a marked row shows why it is marked", async () => {
    const { page, watch } = await openPane("zh-CN", "light", { api: "17" });
    await runCheck(page);
    expect(await page.getByTestId("notice").textContent()).toContain(
      "此版本的 Excel 不支持写入批注"
    );
    const marked = expected["zh-CN"].findings.find(
      (f) => f.sheet !== null && f.row !== null && f.severity === "error"
    );
    if (!marked?.sheet || !marked.row) throw new Error("the sample has no marked row");
    const { sheet, row } = marked;
    await page.evaluate(
      ([name, address]) => {
        const api = Reflect.get(window, "e2e") as TestHostApi;
        api.userSelect(name, address);
      },
      [sheet, `B${row}`] as const
    );
    const card = page.getByRole("region", { name: `选中行：${sheet}第${row}行` });
    await card.waitFor();
    expect(await card.textContent()).toContain(marked.message);
    await page.screenshot({ path: join(IMAGES, "pane-no-notes.png") });
    await finish(page, watch);
  });

  test("a workbook whose only problems are its structure: the right empty state", async () => {
    const workbook = {
      sheets: [
        { name: "支部信息", values: [["支部名称", "书记"]] },
        { name: "会议台账", values: [["支部", "会议类型", "会议日期"]] },
      ],
      settings: { asOf: sample.asOf },
    };
    const stub = readFileSync(join(tempDir, "host", "office-stub.js"), "utf8");
    server.setOfficeJs(`window.e2eWorkbook = ${JSON.stringify(workbook)};\n${stub}`);
    try {
      const { page, watch } = await openPane("zh-CN", "light", { drop: "" });
      await runCheck(page);
      await page.getByText("除上面的表格结构问题外，没有其他问题。").waitFor();
      expect(await page.getByText("没有符合筛选条件的问题。").count()).toBe(0);
      await page.screenshot({ path: join(IMAGES, "pane-empty-state.png") });
      await finish(page, watch);
    } finally {
      server.setOfficeJs(stubScript);
    }
  });

  test("help.html is the 使用说明 built from the rules: every rule with its basis and fix", async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.origin}/help.html`);
    const text = (await page.locator("body").textContent()) ?? "";
    for (const rule of RULES) {
      const explained = explainRule(rule.meta, "zh-CN");
      for (const part of [explained.title, explained.fix, explained.basis]) {
        expect(text).toContain(part);
      }
    }
    for (const label of ["开始检查", "标为已说明", "清除标记", "复制清单", "转到汇总表"]) {
      expect(text).toContain(label);
    }
    await page.screenshot({ path: join(IMAGES, "help.png") });
    expect(errors).toEqual([]);
    await context.close();
  });
});
