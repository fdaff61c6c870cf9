import type { ClearOutcome, ExcelHost, HostCheckOutcome, StoredSettings } from "../excel/host";
import { COMMAND_BUDGET, type CommandBudget } from "./commandBudget";
import { createCommandHandlers } from "./commandHandlers";
import type { CommandOutcome } from "../excel/commandOutcome";
import { CheckCancelledError, HostError } from "../excel/hostErrors";
import { checkWorkbook } from "../engine";

const AT = new Date("2025-01-05T02:30:00.000Z");

/** A host whose every method records its call; tests override the ones they exercise. */
function fakeHost(overrides: Partial<ExcelHost> = {}): ExcelHost & { calls: string[] } {
  const calls: string[] = [];
  const refuse = (name: string) => () => {
    calls.push(name);
    return Promise.reject(new Error(`${name} is not expected here`));
  };
  return {
    calls,
    displayLanguage: () => "zh-CN",
    prefersDark: () => false,
    watchTheme: () => () => undefined,
    runCheck: refuse("runCheck"),
    clearMarks: refuse("clearMarks"),
    selectRow: refuse("selectRow"),
    insertTemplate: refuse("insertTemplate"),
    exportSummary: refuse("exportSummary"),
    rollup: refuse("rollup"),
    watchCommandOutcomes: () => () => undefined,
    loadSettings: refuse("loadSettings"),
    saveSettings: refuse("saveSettings"),
    ...overrides,
  };
}

function harness(host: () => ExcelHost) {
  const reports: CommandOutcome[] = [];
  const completed = jest.fn();
  const handlers = createCommandHandlers({
    createHost: host,
    report: (o) => reports.push(o),
    now: () => AT,
  });
  return { reports, completed, handlers, event: { completed } };
}

const stored: StoredSettings = { asOf: "2024-12-31", reminderDays: 10 };
const result = checkWorkbook([], { asOf: "2024-12-31" });

describe("runCheck", () => {
  const outcome: HostCheckOutcome = {
    result,
    summarySheet: "汇总表",
    notesWritten: true,
    notesSkipped: [],
    skippedSheets: [{ sheet: "党费台账", reason: "protected" }],
    readSkipped: [],
  };

  test("checks with the workbook's stored settings, shows the 汇总表 and reports the totals", async () => {
    const runCheck = jest.fn<ReturnType<ExcelHost["runCheck"]>, Parameters<ExcelHost["runCheck"]>>(
      () => Promise.resolve(outcome)
    );
    const selectRow = jest.fn(() => Promise.resolve());
    const { reports, completed, handlers, event } = harness(() =>
      fakeHost({ loadSettings: () => Promise.resolve(stored), runCheck, selectRow })
    );
    await handlers.runCheck(event);
    expect(runCheck).toHaveBeenCalledTimes(1);
    expect(runCheck.mock.calls[0]?.[0]).toEqual(stored);
    expect(runCheck.mock.calls[0]?.[2].aborted).toBe(false);
    expect(selectRow).toHaveBeenCalledWith("汇总表", 1, "A");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([
      {
        command: "runCheck",
        ok: true,
        at: AT.toISOString(),
        message: {
          "zh-CN": expect.stringContaining("详见“汇总表”；未处理：“党费台账”（工作表受保护）"),
          "en-US": expect.stringContaining('"党费台账" (the sheet is protected)'),
        },
        totals: result.totals,
        summarySheet: "汇总表",
        skippedSheets: outcome.skippedSheets,
      },
    ]);
  });

  test("still succeeds when the 汇总表 cannot be brought to the front", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { reports, completed, handlers, event } = harness(() =>
      fakeHost({
        loadSettings: () => Promise.resolve({}),
        runCheck: () => Promise.resolve(outcome),
        selectRow: () => Promise.reject(new Error("sheet hidden")),
      })
    );
    await handlers.runCheck(event);
    expect(reports.map((r) => r.ok)).toEqual([true]);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  test("reports the host's own message when the check fails, and still completes", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const problem = new HostError(
      "工作表“会议台账”在检查时被删除。",
      "The sheet 会议台账 was deleted during the check."
    );
    const { reports, completed, handlers, event } = harness(() =>
      fakeHost({ loadSettings: () => Promise.resolve({}), runCheck: () => Promise.reject(problem) })
    );
    await handlers.runCheck(event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([
      {
        command: "runCheck",
        ok: false,
        at: AT.toISOString(),
        message: {
          "zh-CN": "一键检查未完成：工作表“会议台账”在检查时被删除。",
          "en-US": "Check Now did not finish: The sheet 会议台账 was deleted during the check.",
        },
      },
    ]);
    error.mockRestore();
  });

  test("completes even when the host cannot be created", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { reports, completed, handlers, event } = harness(() => {
      throw new Error("Office.js is not ready");
    });
    await expect(handlers.runCheck(event)).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(reports[0]?.message["zh-CN"]).toBe(
      "一键检查未完成：Office.js is not ready。请打开检查面板重试。"
    );
    error.mockRestore();
  });
});

describe("clearMarks", () => {
  test("clears and reports what was removed", async () => {
    const cleared: ClearOutcome = {
      sheets: ["会议台账", "党费台账"],
      marks: 12,
      notes: 5,
      summaryRemoved: true,
      skippedSheets: [],
    };
    const host = fakeHost({ clearMarks: () => Promise.resolve(cleared) });
    const { reports, completed, handlers, event } = harness(() => host);
    await handlers.clearMarks(event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(host.calls).toEqual([]);
    expect(reports).toEqual([
      {
        command: "clearMarks",
        ok: true,
        at: AT.toISOString(),
        message: {
          "zh-CN": "已清除 12 处标记、5 条批注和汇总表。",
          "en-US": "Cleared 12 marks, 5 notes and the summary sheet.",
        },
        skippedSheets: [],
      },
    ]);
  });

  test("reports a failure with its cause and completes", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { reports, completed, handlers, event } = harness(() =>
      fakeHost({ clearMarks: () => Promise.reject(new Error("RichApi.Error: 工作表受保护")) })
    );
    await handlers.clearMarks(event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(reports[0]).toMatchObject({ command: "clearMarks", ok: false });
    expect(reports[0]?.message["en-US"]).toContain("RichApi.Error: 工作表受保护");
    error.mockRestore();
  });
});

describe("the pane-less check's budget", () => {
  /** A host whose check reads `cells` ledger cells, taking `readMs` to do so, then marks. */
  function sizedHost(cells: number, readMs = 0) {
    const marked = jest.fn();
    const runCheck: ExcelHost["runCheck"] = async (_settings, onProgress, signal) => {
      onProgress({ stage: "read", done: 0, total: cells });
      if (readMs > 0) await new Promise((done) => setTimeout(done, readMs));
      if (signal.aborted) throw new CheckCancelledError();
      onProgress({ stage: "mark", done: 0, total: 1 });
      marked();
      return {
        result,
        summarySheet: "汇总表",
        notesWritten: true,
        notesSkipped: [],
        skippedSheets: [],
        readSkipped: [],
      };
    };
    const host = fakeHost({
      loadSettings: () => Promise.resolve({}),
      runCheck,
      selectRow: () => Promise.resolve(),
    });
    return { host, marked };
  }

  function budgeted(host: ExcelHost, budget: CommandBudget) {
    const reports: CommandOutcome[] = [];
    const completed = jest.fn();
    const handlers = createCommandHandlers({
      createHost: () => host,
      report: (o) => reports.push(o),
      now: () => AT,
      budget,
    });
    return { reports, completed, run: () => handlers.runCheck({ completed }) };
  }

  test("a workbook larger than the budget is handed to the pane, unchanged", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { host, marked } = sizedHost(2_000_000);
    const { reports, completed, run } = budgeted(host, {
      cells: 1_000_000,
      readMilliseconds: 60_000,
    });
    await run();
    expect(marked).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(reports[0]).toMatchObject({ command: "runCheck", ok: false });
    expect(reports[0]?.message["zh-CN"]).toContain("工作簿未作任何修改。请点击“打开检查面板”");
    error.mockRestore();
  });

  test("reading that outlasts the budget stops before marking", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { host, marked } = sizedHost(10, 50);
    const { reports, run } = budgeted(host, { cells: 1_000_000, readMilliseconds: 5 });
    await run();
    expect(marked).not.toHaveBeenCalled();
    expect(reports[0]?.message["zh-CN"]).toContain("读取台账所需时间较长");
    error.mockRestore();
  });

  test("a check within the budget runs as before", async () => {
    const { host, marked } = sizedHost(10);
    const { reports, run } = budgeted(host, COMMAND_BUDGET);
    await run();
    expect(marked).toHaveBeenCalledTimes(1);
    expect(reports[0]?.ok).toBe(true);
  });
});
