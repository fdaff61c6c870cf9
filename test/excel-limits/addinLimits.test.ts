import { createFakeExcel, type FakeExcel, type SheetSnapshot } from "../excel/fakeExcel";
import { FakeOfficeError } from "../excel/fakeRequest";
import type { FakeSheetState } from "../excel/fakeState";
import { loadFixture } from "../fixtures/loadFixture";
import type { CheckStage } from "../../src/excel/host";
import { createOfficeHost } from "../../src/excel/officeHost";
import { readLedgerSheets } from "../../src/excel/read/readLedgerSheets";
import { checkNotice, errorNotice } from "../../src/taskpane/model/notices";
import { CheckCancelledError, HostError } from "../../src/excel/hostErrors";

/**
 * The add-in against Excel's limits, on the fake Excel: payload limits, protected sheets, a sheet
 * deleted while a check runs, a cancelled check and a clear after a failed one. The 汇总表 writer
 * has its own fake (test/excel/fakeExcelExtras.ts); here it is a flag the host sets and clears.
 */

let summaryPresent = false;
jest.mock("../../src/excel/summary", () => ({
  writeSummarySheet: jest.fn(() => {
    summaryPresent = true;
    return Promise.resolve("汇总表");
  }),
  removeSummarySheets: jest.fn(() => {
    const removed = summaryPresent;
    summaryPresent = false;
    return Promise.resolve(removed);
  }),
}));

const fixture = loadFixture("department-q1");
const SETTINGS = { asOf: "2024-04-10" };
const never = (): AbortSignal => new AbortController().signal;

function install(fake: FakeExcel): void {
  Reflect.set(globalThis, "Office", {
    context: {
      displayLanguage: "zh-CN",
      requirements: { isSetSupported: () => true },
      document: { settings: { get: () => undefined } },
    },
  });
  Reflect.set(globalThis, "Excel", {
    run: <T>(body: (context: Excel.RequestContext) => Promise<T>) => body(fake.context),
  });
}

function department(options: { protect?: string; responseBytes?: number } = {}): FakeExcel {
  const fake = createFakeExcel({
    sheets: fixture.sheets.map((s) => ({
      name: s.name,
      values: s.values,
      protected: s.name === options.protect,
      // The user's own note and rule on every sheet: a check and a clear must keep them.
      notes: { A1: `用户批注：${s.name}` },
      formats: [{ ranges: "A1:B2", formula: "=LEN(A1)>100", fill: "#FFFF00" }],
    })),
    ...(options.responseBytes !== undefined
      ? { limits: { responseBytes: options.responseBytes } }
      : {}),
  });
  install(fake);
  return fake;
}

/**
 * Deletes a sheet as Excel would between two syncs: it leaves the workbook, and anything still
 * holding it (a proxy from an earlier load) fails with ItemNotFound from then on.
 */
function deleteSheet(fake: FakeExcel, name: string): void {
  const sheet = fake.sheet(name);
  fake.state.sheets.splice(fake.state.sheets.indexOf(sheet), 1);
  const gone = (): never => {
    throw new FakeOfficeError("ItemNotFound", `The worksheet '${name}' was deleted.`);
  };
  for (const key of [
    "rows",
    "merges",
    "formats",
    "notes",
    "protected",
  ] satisfies (keyof FakeSheetState)[]) {
    Object.defineProperty(sheet, key, { get: gone, set: gone });
  }
}

/** Runs `hook(n)` before the n-th sync (1-based) from now on. */
function beforeSync(fake: FakeExcel, hook: (n: number) => void): void {
  const sync = fake.context.sync.bind(fake.context);
  let n = 0;
  Reflect.set(fake.context, "sync", () => {
    hook(++n);
    return sync();
  });
}

const without = (snapshot: SheetSnapshot[], name: string): SheetSnapshot[] =>
  snapshot.filter((s) => s.name !== name);

beforeEach(() => {
  summaryPresent = false;
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

describe("payload limits", () => {
  test("the reader halves its block until responses fit, and reads exactly what an unlimited read does", async () => {
    const unlimited = await readLedgerSheets(department().context);
    const fake = department({ responseBytes: 6_000 });
    const blocks: number[] = [];
    let last = 0;
    const limited = await readLedgerSheets(fake.context, {
      maxCellsPerBlock: 5_000,
      onProgress: (done) => {
        if (done > last) blocks.push(done - last);
        last = done;
      },
    });
    expect(limited).toEqual(unlimited);
    const failed = fake.stats.requests.filter((r) => r.failed !== null);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(
      fake.stats.requests.filter((r) => r.failed === null).every((r) => r.responseBytes <= 6_000)
    ).toBe(true);
    // Every block that went through is at most half of the one refused first.
    expect(Math.max(...blocks)).toBeLessThanOrEqual(2_500);
    expect(fake.stats.cellWrites).toEqual([]);
  });

  test("a whole check under the limit gives the same findings as one without it", async () => {
    department();
    const free = await createOfficeHost().runCheck(SETTINGS, () => undefined, never());
    department({ responseBytes: 6_000 });
    const limited = await createOfficeHost().runCheck(SETTINGS, () => undefined, never());
    expect(limited.result.findings).toEqual(free.result.findings);
    expect(limited.skippedSheets).toEqual([]);
  });
});

describe("a protected sheet", () => {
  test("is left exactly as it was, and the outcome says so in Chinese naming it", async () => {
    const fake = department({ protect: "党费台账" });
    const before = fake.snapshot();
    const outcome = await createOfficeHost().runCheck(SETTINGS, () => undefined, never());
    expect(outcome.skippedSheets).toEqual([{ sheet: "党费台账", reason: "protected" }]);
    expect(fake.snapshot().find((s) => s.name === "党费台账")).toEqual(
      before.find((s) => s.name === "党费台账")
    );
    // The findings of the protected sheet are still reported (it was read, only not marked).
    expect(outcome.result.findings.some((f) => f.sheet === "党费台账")).toBe(true);
    const zh = checkNotice(outcome).lines.map((line) => line["zh-CN"]);
    expect(zh).toContain(
      "“党费台账”工作表受保护，未作标记。请在“审阅”选项卡中撤销工作表保护后重新检查。"
    );
    expect(fake.stats.cellWrites).toEqual([]);
  });
});

describe("a sheet deleted during a check", () => {
  test("between reading and marking: the others are marked, the outcome names it, clear restores", async () => {
    const fake = department();
    const before = fake.snapshot();
    const outcome = await createOfficeHost().runCheck(
      SETTINGS,
      (p) => {
        if (p.stage === "mark") deleteSheet(fake, "三会一课台账");
      },
      never()
    );
    expect(outcome.skippedSheets).toEqual([{ sheet: "三会一课台账", reason: "missing" }]);
    expect(checkNotice(outcome).lines.map((l) => l["zh-CN"])).toContain(
      "“三会一课台账”工作表在检查过程中被删除或改名，未作标记。请重新检查。"
    );
    const marked = fake
      .snapshot()
      .filter((s) => s.formats.some((f) => f.formula?.includes("party-ledger-check")));
    expect(marked.length).toBeGreaterThan(0);
    await createOfficeHost().clearMarks();
    expect(fake.snapshot()).toEqual(without(before, "三会一课台账"));
    expect(summaryPresent).toBe(false);
  });

  test("while the marks are being written: a Chinese error, and clear removes what was written", async () => {
    const fake = department();
    const before = fake.snapshot();
    // The marker calls this right before it queues its first write: that request finds the sheet gone.
    let writing = false;
    const application = fake.context.application;
    const suspend = application.suspendScreenUpdatingUntilNextSync.bind(application);
    Reflect.set(application, "suspendScreenUpdatingUntilNextSync", () => {
      writing = true;
      suspend();
    });
    let deleted = false;
    beforeSync(fake, () => {
      if (writing && !deleted) {
        deleteSheet(fake, "党费台账");
        deleted = true;
      }
    });
    const error = await createOfficeHost()
      .runCheck(SETTINGS, () => undefined, never())
      .catch((e: unknown) => e);
    expect(deleted).toBe(true);
    expect(error).toBeInstanceOf(HostError);
    const zh = (error as HostError).messageZh;
    // The message names the sheet that went away.
    expect(zh).toBe(
      "标记台账时出错：工作表“党费台账”在检查过程中被删除或改名，其余工作表的标记可能未完成。请重新检查。"
    );
    expect(errorNotice(error, "start").lines.some((l) => l["zh-CN"].includes(zh))).toBe(true);
    // No summary claims a check that did not finish.
    expect(summaryPresent).toBe(false);
    await createOfficeHost().clearMarks();
    expect(fake.snapshot()).toEqual(without(before, "党费台账"));
  });
});

describe("a cancelled check", () => {
  const stages: CheckStage[] = ["read", "check"];
  test.each(stages)(
    "cancelled at %s: CheckCancelledError and the workbook exactly as before",
    async (stage) => {
      const fake = department();
      const before = fake.snapshot();
      const controller = new AbortController();
      const run = createOfficeHost().runCheck(
        SETTINGS,
        (p) => {
          if (p.stage === stage && (stage !== "read" || p.done > 0)) controller.abort();
        },
        controller.signal
      );
      await expect(run).rejects.toBeInstanceOf(CheckCancelledError);
      expect(fake.snapshot()).toEqual(before);
      expect(summaryPresent).toBe(false);
      expect(fake.stats.cellWrites).toEqual([]);
    }
  );

  test("cancelled before anything is read: nothing is even asked of Excel", async () => {
    const fake = department();
    const controller = new AbortController();
    controller.abort();
    await expect(
      createOfficeHost().runCheck(SETTINGS, () => undefined, controller.signal)
    ).rejects.toBeInstanceOf(CheckCancelledError);
    expect(fake.stats.syncs).toBe(0);
  });

  test.each(["mark", "summary"] as const)(
    "cancelled once marking began (%s): the check completes whole, and clear restores the workbook",
    async (stage) => {
      const fake = department();
      const before = fake.snapshot();
      const controller = new AbortController();
      const outcome = await createOfficeHost().runCheck(
        SETTINGS,
        (p) => {
          if (p.stage === stage) controller.abort();
        },
        controller.signal
      );
      expect(outcome.summarySheet).toBe("汇总表");
      expect(summaryPresent).toBe(true);
      await createOfficeHost().clearMarks();
      expect(fake.snapshot()).toEqual(before);
      expect(summaryPresent).toBe(false);
    }
  );
});
