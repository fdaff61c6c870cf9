import { loadFixture } from "../../test/fixtures/loadFixture";
import { createFakeExcel, type FakeExcel } from "../../test/excel/fakeExcel";
import type { CheckProgress } from "./host";
import { createOfficeHost } from "./officeHost";
import { CheckCancelledError } from "./hostErrors";
import { type SummarySheet } from "../engine";

// The summary writer has its own fake and tests; here it only records what the host hands it.
const written: SummarySheet[] = [];
jest.mock("./summary", () => ({
  writeSummarySheet: jest.fn(async (_context: unknown, model: SummarySheet) => {
    written.push(model);
    return "汇总表";
  }),
  removeSummarySheets: jest.fn(async () => true),
}));

const fixture = loadFixture("department-q1");
let fake: FakeExcel;
let stored: Record<string, unknown>;

beforeEach(() => {
  written.length = 0;
  stored = {};
  fake = createFakeExcel({
    sheets: fixture.sheets.map((s) => ({ name: s.name, values: s.values })),
  });
  const settings = {
    get: (name: string) => stored[name],
    set: (name: string, value: unknown) => {
      stored[name] = value;
    },
    saveAsync: (callback: (result: { status: string }) => void) =>
      callback({ status: "succeeded" }),
  };
  Reflect.set(globalThis, "Office", {
    context: {
      displayLanguage: "zh-CN",
      officeTheme: { bodyBackgroundColor: "#262626" },
      requirements: { isSetSupported: () => true },
      document: { settings },
    },
  });
  Reflect.set(globalThis, "Excel", {
    run: <T>(body: (context: unknown) => Promise<T>) => body(fake.context),
  });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

describe("createOfficeHost", () => {
  test("a check reads, checks, marks and writes the summary, in that order of stages", async () => {
    const stages: string[] = [];
    const host = createOfficeHost();
    const outcome = await host.runCheck(
      { asOf: "2024-04-10" },
      (p: CheckProgress) => {
        if (stages.at(-1) !== p.stage) stages.push(p.stage);
      },
      new AbortController().signal
    );
    expect(stages).toEqual(["read", "check", "mark", "summary"]);
    expect(outcome.result.totals).toEqual({ error: 9, warning: 6, reminder: 1, unreadable: 1 });
    expect(outcome.summarySheet).toBe("汇总表");
    expect(written[0]?.data?.unitName).toBe("市示范局机关党委");
    const dues = fake.snapshot().find((s) => s.name === "党费台账");
    expect(dues?.formats.some((f) => f.formula?.includes("party-ledger-check:error"))).toBe(true);
    expect(fake.stats.cellWrites).toEqual([]);
  });

  test("a check cancelled before marking leaves the workbook exactly as it was", async () => {
    const before = fake.snapshot();
    const controller = new AbortController();
    const host = createOfficeHost();
    const run = host.runCheck(
      { asOf: "2024-04-10" },
      (p) => {
        if (p.stage === "check") controller.abort();
      },
      controller.signal
    );
    await expect(run).rejects.toBeInstanceOf(CheckCancelledError);
    expect(fake.snapshot()).toEqual(before);
    expect(written).toEqual([]);
  });

  test("clear removes the marks of a check and reports the summary removed", async () => {
    const before = fake.snapshot();
    const host = createOfficeHost();
    await host.runCheck({ asOf: "2024-04-10" }, () => undefined, new AbortController().signal);
    const cleared = await host.clearMarks();
    expect(cleared.summaryRemoved).toBe(true);
    expect(cleared.marks).toBeGreaterThan(0);
    expect(fake.snapshot()).toEqual(before);
  });

  test("settings round-trip through the document and steer the check", async () => {
    const host = createOfficeHost();
    await host.saveSettings({ asOf: "2024-04-10", rules: { "dues-rate": { enabled: false } } });
    const settings = await host.loadSettings();
    const outcome = await host.runCheck(settings, () => undefined, new AbortController().signal);
    expect(outcome.result.findings.some((f) => f.ruleId === "dues-rate")).toBe(false);
  });

  test("language and theme come from Office", () => {
    const host = createOfficeHost();
    expect(host.displayLanguage()).toBe("zh-CN");
    expect(host.prefersDark()).toBe(true);
  });

  test("a change of Office's theme while the pane is open reaches the pane, once", () => {
    jest.useFakeTimers();
    try {
      const host = createOfficeHost();
      const seen: boolean[] = [];
      const stop = host.watchTheme((dark) => seen.push(dark));
      const theme = (Office.context as { officeTheme: { bodyBackgroundColor: string } })
        .officeTheme;
      theme.bodyBackgroundColor = "#FFFFFF";
      jest.advanceTimersByTime(10_000);
      expect(seen).toEqual([false]);
      theme.bodyBackgroundColor = "#1F1F1F";
      jest.advanceTimersByTime(10_000);
      expect(seen).toEqual([false, true]);
      stop();
      theme.bodyBackgroundColor = "#FFFFFF";
      jest.advanceTimersByTime(10_000);
      expect(seen).toEqual([false, true]);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("without document settings (a page outside Office, an odd host)", () => {
  test("reading gives the defaults and saving says it cannot, without throwing", async () => {
    Reflect.set(globalThis, "Office", { context: { displayLanguage: "zh-CN" } });
    const host = createOfficeHost();
    // Called inside the pane's effects: a synchronous throw there would unmount the whole pane.
    expect(() => host.loadSettings()).not.toThrow();
    await expect(host.loadSettings()).resolves.toEqual({});
    await expect(host.saveSettings({ reminderDays: 7 })).rejects.toMatchObject({
      messageZh: expect.stringContaining("设置未能保存到工作簿中"),
    });
  });
});
