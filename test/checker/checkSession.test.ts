import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CheckSession,
  FileRefusal,
  rollupOfUnchecked,
} from "../../src/checker/worker/checkSession";
import type { PageProgress } from "../../src/checker/worker/protocol";
import { addinReference, ADDIN_ID } from "../../src/checker/addinReference";
import { SETTINGS_KEY } from "../../src/excel/settings/settingsStore";
import { toCheckOptions } from "../../src/excel/settings/toCheckOptions";
import { readAddinProperty } from "../../src/xlsx/package/addinSettings";
import { portableCodec } from "../../src/xlsx/package/codec";
import { OoxmlPackage } from "../../src/xlsx/package/ooxmlPackage";
import { streamXlsxBook } from "../../src/xlsx/read/streamSheets";
import { runCli, tempDir } from "../cli/runCli";
import { sampleWorkbook, type SampleWorkbook } from "../e2e/sampleWorkbook";
import { packageDifferences } from "./packageDiff";
import { checkWorkbook } from "../../src/engine";

/**
 * The checker page's worker logic, run in Node: the same reading, check and checked copy as the
 * command line, the settings the page keeps written as the add-in keeps them, and the command
 * line's reasons for a file it cannot check.
 */

const dir = tempDir("party-ledger-checker-");
let sample: SampleWorkbook;
let file: string;

beforeAll(async () => {
  sample = await sampleWorkbook();
  file = join(dir, "台账.xlsx");
  writeFileSync(file, sample.bytes);
});

const open = (
  bytes: Uint8Array,
  name: string,
  saved: Parameters<typeof CheckSession.open>[2] = null,
  progress: PageProgress[] = []
) => CheckSession.open(bytes, name, saved, "zh-CN", (p) => progress.push(p));

const isWebExtension = (name: string): boolean =>
  name.startsWith("xl/webextensions/") || name === "_rels/.rels" || name === "[Content_Types].xml";

describe("a file checked on the page", () => {
  test("gives the engine's result on the command line's grids, with progress through the stages", async () => {
    const progress: PageProgress[] = [];
    const session = await open(sample.bytes, "台账.xlsx", { asOf: sample.asOf }, progress);
    const { sheets } = await streamXlsxBook(file);
    const want = checkWorkbook(sheets, toCheckOptions({ asOf: sample.asOf }, "zh-CN"));
    expect(session.checked.result.totals).toEqual(want.totals);
    expect(session.checked.result.findings).toEqual(want.findings);
    expect(session.checked.source).toBe("browser");
    expect(session.checked.copyName).toBe("台账.checked.xlsx");
    expect(progress.map((p) => p.stage).filter((s, i, all) => all.indexOf(s) === i)).toEqual([
      "read",
      "check",
      "summary",
    ]);
    const read = progress.filter((p) => p.stage === "read");
    expect(read[read.length - 1]?.done).toBe(sample.bytes.byteLength);
  });

  test("writes the checked copy `party-ledger check` writes, part for part", async () => {
    const session = await open(sample.bytes, "台账.xlsx");
    const copy = await session.copy({
      kind: "copy",
      settings: {},
      reference: addinReference(null),
      checkedAt: "2025-01-05 10:30",
    });
    const out = join(dir, "cli.checked.xlsx");
    const run = runCli(["check", file, "--out", out]);
    expect([0, 1]).toContain(run.status);
    expect(await packageDifferences(copy.bytes, readFileSync(out), sample.bytes)).toEqual([]);
  });

  test("keeps the settings it used in the copy as the add-in keeps them, and reads them back", async () => {
    const settings = { asOf: sample.asOf, year: sample.year };
    const session = await open(sample.bytes, "台账.xlsx", settings);
    const copy = await session.copy({
      kind: "copy",
      settings: session.checked.settings,
      reference: addinReference("\\\\oa\\addins"),
      checkedAt: "2025-01-05 10:30",
    });
    const pkg = await OoxmlPackage.open(copy.bytes, portableCodec);
    const stored = readAddinProperty(pkg, ADDIN_ID, SETTINGS_KEY) ?? "";
    expect(JSON.parse(JSON.parse(stored) as string)).toEqual(settings);
    expect(pkg.text("xl/webextensions/webextension1.xml")).toContain(
      'store="\\\\oa\\addins" storeType="FileSystem"'
    );
    // The same check on the command line, with the same options: only the settings' parts differ.
    const out = join(dir, "cli-options.checked.xlsx");
    runCli(["check", file, "--out", out, "--as-of", sample.asOf, "--year", String(sample.year)]);
    expect(
      await packageDifferences(copy.bytes, readFileSync(out), sample.bytes, isWebExtension)
    ).toEqual([]);
    // Dropped again without settings in the browser, the copy is checked with its own.
    const again = await open(copy.bytes, "台账.checked.xlsx");
    expect(again.checked.source).toBe("workbook");
    expect(again.checked.settings).toEqual(settings);
    expect(again.checked.result.totals).toEqual(session.checked.result.totals);
  });

  test("shows a finding's row with the ledger's headers, dates as dates", async () => {
    const session = await open(sample.bytes, "台账.xlsx", { asOf: sample.asOf });
    const finding = session.checked.result.findings.find(
      (f) => f.sheet === "会议台账" && f.row !== null
    );
    if (!finding?.sheet || finding.row === null) throw new Error("no meeting finding");
    const row = session.row(finding.sheet, finding.row);
    const ledger = session.result.workbook.meetings;
    expect(row.headerRow).toBe(ledger?.headerRow);
    const dateColumn = ledger?.columns.date ?? "";
    expect(row.cells.find((c) => c.column === dateColumn)?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.cells.map((c) => c.header)).toContain(ledger?.headers.branch);
    // 单位信息 keeps keys and values in rows: a date's value shows as a date there too.
    const unit = session.checked.result.findings.find((f) => f.sheet === "单位信息" && f.row);
    if (!unit?.sheet || unit.row === null) throw new Error("no 单位信息 finding");
    const values = session.row(unit.sheet, unit.row).cells.map((c) => c.value);
    expect(values.some((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
  });

  test("rolls up with its own 汇总表 when it has one, else with this check", async () => {
    const session = await open(sample.bytes, "台账.xlsx", { asOf: sample.asOf });
    const fresh = session.rollup("2025-01-05 10:30");
    if (!("entry" in fresh)) throw new Error("no entry");
    expect(fresh.entry.data.totals.error).toBe(session.checked.result.totals.error);
    const copy = await session.copy({
      kind: "copy",
      settings: {},
      reference: addinReference(null),
      checkedAt: "2025-01-05 10:30",
    });
    const checked = await open(copy.bytes, "台账.checked.xlsx", { asOf: "2025-06-30" });
    const own = checked.rollup("2026-01-01 09:00");
    if (!("entry" in own)) throw new Error("no entry");
    expect(own.entry.data.checkedAt).toBe("2025-01-05 10:30");
  });

  test.each([
    ["名单.csv", "姓名,支部\n张三,第一党支部\n"],
    ["旧台账.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ["空.xlsx", ""],
  ])("refuses %s with the command line's reason", async (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const run = runCli(["check", path, "--report-only"]);
    expect(run.status).toBe(2);
    const refusal = await open(new Uint8Array(readFileSync(path)), name).catch((e: unknown) => e);
    if (!(refusal instanceof FileRefusal)) throw new Error("expected a refusal");
    expect(run.stderr.trim()).toBe(refusal.reason["zh-CN"]);
    expect(refusal.reason["en-US"]).not.toBe("");
  });

  test("a workbook without ledgers is refused, a 汇总表 alone still rolls up", async () => {
    const session = await open(sample.bytes, "台账.xlsx", { asOf: sample.asOf });
    const model = session.summaryModel("2025-01-05 10:30");
    const { summaryBook } = await import("../../src/checker/worker/bookJobs");
    const book = await summaryBook(model);
    expect(book.name).toMatch(/^汇总表-.+-2025年度\.xlsx$/);
    const refusal = await open(book.bytes, book.name).catch((e: unknown) => e);
    if (!(refusal instanceof FileRefusal)) throw new Error("expected a refusal");
    expect(refusal.summaryOnly).toBe(true);
    const rolled = await rollupOfUnchecked(book.bytes, book.name, "zh-CN");
    expect("entry" in rolled).toBe(true);
  });
});
