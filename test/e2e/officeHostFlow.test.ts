import { createCommandHandlers } from "../../src/commands/commandHandlers";
import type { CommandOutcome } from "../../src/excel/commandOutcome";
import { createOfficeHost } from "../../src/excel/officeHost";
import { toCheckOptions } from "../../src/excel/settings/toCheckOptions";
import { installTestHost, type TestHostApi } from "./host/testHost";
import { firstSheetMarker, sampleWorkbook, type SampleWorkbook } from "./sampleWorkbook";
import { NoLedgerError } from "../../src/excel/hostErrors";
import { checkWorkbook } from "../../src/engine";
import { isSummaryMarker, SUMMARY_MARKER } from "../../src/engine/workbook";

/**
 * The composed Office.js host over the unified fake Excel holding the sample workbook, with no
 * module mocked: the same flows the browser test drives through the pane, here without a browser
 * so a failure points at the adapter rather than at the page.
 */

const DROPPED = ["培训台账", "填表说明"];
let sample: SampleWorkbook;
let host: TestHostApi;

beforeAll(async () => {
  sample = await sampleWorkbook();
});

beforeEach(() => {
  host = installTestHost(globalThis, {
    sheets: sample.specs.filter((s) => !DROPPED.includes(s.name)),
    displayLanguage: "zh-CN",
    theme: "light",
    settings: { asOf: sample.asOf },
  });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

const expected = () =>
  checkWorkbook(
    sample.sheets.filter((s) => !DROPPED.includes(s.name)),
    toCheckOptions({ asOf: sample.asOf }, "zh-CN")
  );

async function check(): Promise<
  Awaited<ReturnType<ReturnType<typeof createOfficeHost>["runCheck"]>>
> {
  const officeHost = createOfficeHost();
  const settings = await officeHost.loadSettings();
  return officeHost.runCheck(settings, () => undefined, new AbortController().signal);
}

describe("the Office.js host over the sample workbook", () => {
  test("a check finds what the engine finds in the .xlsx, marks without writing a ledger cell, and adds our summary", async () => {
    const outcome = await check();
    expect(outcome.result.totals).toEqual(expected().totals);
    expect(outcome.result.findings.length).toBe(expected().findings.length);
    expect(outcome.summarySheet).toBe("汇总表");
    expect(outcome.skippedSheets).toEqual([]);
    // Only our own sheet was written: the 汇总表 (its marker goes in while it has a temporary name).
    const ledgerNames = new Set(sample.sheets.map((s) => s.name));
    const ledgerWrites = host.fake.stats.cellWrites.filter((w) => ledgerNames.has(w.sheet));
    expect(ledgerWrites).toEqual([]);
    const summary = host.fake.sheet("汇总表");
    // The marker's column is 0-based (Z), its row 1-based.
    const marker = summary.rows[SUMMARY_MARKER.row - 1]?.[SUMMARY_MARKER.column];
    expect(isSummaryMarker(marker)).toBe(true);
    // Ledger text such as "=…" reaches the summary as text, never as a formula.
    expect([...summary.layout.formulaCells]).toEqual([]);
    expect(
      host.fake
        .snapshot()
        .some((s) => s.formats.some((f) => f.formula?.includes("party-ledger-check")))
    ).toBe(true);
  });

  test("a second check gives the same workbook as the first", async () => {
    await check();
    const once = host.snapshot();
    await check();
    expect(host.snapshot()).toEqual(once);
  });

  test("clearing after a check restores every sheet exactly", async () => {
    const before = host.snapshot();
    await check();
    expect(host.snapshot()).not.toEqual(before);
    const cleared = await createOfficeHost().clearMarks();
    expect(cleared.summaryRemoved).toBe(true);
    expect(host.snapshot()).toEqual(before);
  });

  test("selecting a finding's row activates its sheet and selects that row", async () => {
    const outcome = await check();
    const finding = outcome.result.findings.find((f) => f.sheet !== null && f.row !== null);
    if (!finding?.sheet || finding.row === null) throw new Error("the sample has no row finding");
    await createOfficeHost().selectRow(finding.sheet, finding.row, finding.column);
    expect(host.activeSheet()).toBe(finding.sheet);
    expect(host.selection()).toMatch(new RegExp(`^${finding.sheet}!\\$?[A-Z]+${finding.row}(:|$)`));
  });

  test("inserting the template adds exactly the missing sheets and leaves the others alone", async () => {
    const before = host.fake.snapshot();
    const outcome = await createOfficeHost().insertTemplate();
    expect(outcome.inserted.sort()).toEqual([...DROPPED].sort());
    const after = host.fake.snapshot();
    for (const sheet of before) expect(after.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(DROPPED));
  });

  test("exporting hands Excel a new .xlsx holding our summary sheet", async () => {
    await check();
    expect(await createOfficeHost().exportSummary()).toBe("opened");
    expect(host.createdWorkbooks).toHaveLength(1);
    const marker = await firstSheetMarker(host.createdWorkbooks[0] ?? "", SUMMARY_MARKER.address);
    expect(isSummaryMarker(marker)).toBe(true);
  });
});

describe("a workbook without any ledger sheet", () => {
  const PLAIN = [
    { name: "Sheet1", values: [["2024年工作计划"], ["一季度：组织学习"]] },
    {
      name: "人员名单",
      values: [
        ["姓名", "电话"],
        ["张三", "12345678"],
      ],
    },
  ];

  beforeEach(() => {
    Reflect.deleteProperty(globalThis, "Office");
    host = installTestHost(globalThis, {
      sheets: PLAIN,
      displayLanguage: "zh-CN",
      theme: "light",
    });
  });

  test("the pane's check says no ledger was recognised, names the sheets, and writes nothing", async () => {
    const before = host.snapshot();
    const error = await check().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoLedgerError);
    const { messageZh, messageEn } = error as NoLedgerError;
    expect(messageZh).toContain("没有识别出党建台账工作表");
    for (const name of ["会议台账", "党课台账", "党费台账", "培训台账", "支部信息", "党员名册"]) {
      expect(messageZh).toContain(name);
    }
    expect(messageZh).toContain("插入标准模板");
    expect(messageEn).toContain("Insert standard template");
    expect(host.sheetNames()).toEqual(["Sheet1", "人员名单"]);
    expect(host.snapshot()).toBe(before);
    expect(host.fake.stats.cellWrites).toEqual([]);
  });

  test("the ribbon's 一键检查 reports the same, and writes nothing either", async () => {
    const before = host.snapshot();
    const reports: CommandOutcome[] = [];
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const handlers = createCommandHandlers({
      createHost: createOfficeHost,
      report: (outcome) => reports.push(outcome),
    });
    await handlers.runCheck({ completed: () => undefined });
    error.mockRestore();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.ok).toBe(false);
    expect(reports[0]?.message["zh-CN"]).toContain("没有识别出党建台账工作表");
    expect(reports[0]?.message["zh-CN"]).toContain("插入标准模板");
    expect(host.snapshot()).toBe(before);
  });

  test("exporting a summary of nothing is refused the same way", async () => {
    await expect(createOfficeHost().exportSummary()).rejects.toBeInstanceOf(NoLedgerError);
    expect(host.createdWorkbooks).toEqual([]);
  });
});
