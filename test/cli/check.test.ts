import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, STACK_FRAME, tempDir, writeBytes, writeGridsAsXlsx } from "./runCli";

const dir = tempDir();
const department = join(dir, "市示范局台账.xlsx");
const hash = (file: string): string =>
  createHash("sha256").update(readFileSync(file)).digest("hex");
let before = "";

beforeAll(async () => {
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, department);
  before = hash(department);
});

describe("party-ledger check", () => {
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(["check", department, "--as-of", "2024-04-10", "--json", "-"]);
  });

  test("exits 1 when errors are found", () => {
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.status).toBe(1);
  });

  test("writes the JSON report of the contract to stdout", () => {
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(
      [
        "acknowledged",
        "asOf",
        "branches",
        "file",
        "findings",
        "settingChanges",
        "totals",
        "version",
        "year",
      ].sort()
    );
    expect(report).toMatchObject({
      file: department,
      year: 2024,
      asOf: "2024-04-10",
      totals: { error: 9, warning: 6, reminder: 1, unreadable: 1 },
    });
    const findings = report.findings as Record<string, unknown>[];
    expect(Object.keys(findings[0] ?? {}).sort()).toEqual(
      [
        "acknowledged",
        "basis",
        "branch",
        "column",
        "kind",
        "message",
        "period",
        "person",
        "row",
        "ruleId",
        "severity",
        "sheet",
      ].sort()
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "meeting-general-quorum",
        // Exactly half at the meeting admitting a probationary member: more than half is required.
        severity: "error",
        kind: "row",
        sheet: "三会一课台账",
        row: 15,
        column: "J",
        branch: "第二党支部",
      })
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "dues-monthly",
        kind: "period",
        period: "2024-03",
        person: "朱涛",
        row: null,
      })
    );
    const branches = report.branches as { branch: string; complianceRate: number }[];
    expect(branches.map((b) => b.branch)).toEqual(["第一党支部", "第二党支部"]);
    expect(branches.every((b) => b.complianceRate > 0 && b.complianceRate <= 1)).toBe(true);
  });

  test("prints the per-branch table and totals for people on stderr when JSON takes stdout", () => {
    expect(run.stderr).toContain("第一党支部");
    expect(run.stderr).toContain("合计：不符合 9，提示 6，提醒 1，无法识别 1");
  });

  test("writes <name>.checked.xlsx beside the input and never touches the input", async () => {
    const checked = join(dir, "市示范局台账.checked.xlsx");
    expect(existsSync(checked)).toBe(true);
    expect(hash(department)).toBe(before);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(checked);
    expect(workbook.worksheets.map((w) => w.name)).toContain("汇总表");
  });
});

describe("party-ledger check --report-only", () => {
  test("gives the same findings and writes no workbook", () => {
    const out = join(dir, "report-only");
    const full = JSON.parse(
      runCli(["check", department, "--as-of", "2024-04-10", "--json", "-", "--out", `${out}/`])
        .stdout
    ) as {
      findings: unknown[];
    };
    const streamed = runCli([
      "check",
      department,
      "--as-of",
      "2024-04-10",
      "--json",
      "-",
      "--report-only",
    ]);
    expect(streamed.status).toBe(1);
    expect((JSON.parse(streamed.stdout) as { findings: unknown[] }).findings).toEqual(
      full.findings
    );
  });
});

describe("files that cannot be checked", () => {
  test.each([
    ["empty.xlsx", ""],
    ["notes.xlsx", "这不是一个工作簿"],
    [
      "old.xls",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    ],
  ])("%s → exit 2 with a Chinese message naming the file, no stack trace", (name, bytes) => {
    const file = writeBytes(join(dir, name), bytes);
    const run = runCli(["check", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  test("a missing file → exit 2", () => {
    const run = runCli(["check", join(dir, "没有这个文件.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("没有这个文件.xlsx");
  });

  test("a workbook without any ledger → exit 2", async () => {
    const file = join(dir, "expenses.xlsx");
    await writeGridsAsXlsx(
      [
        {
          name: "Sheet1",
          values: [
            ["项目", "金额"],
            ["办公用品", 120],
          ],
        },
      ],
      file
    );
    const run = runCli(["check", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("没有找到任何党建台账工作表");
  });

  test("one bad file among several: the good ones are still checked, the exit code is 2", () => {
    const bad = writeBytes(join(dir, "bad.xlsx"), "x");
    const run = runCli([
      "check",
      department,
      bad,
      "--as-of",
      "2024-04-10",
      "--json",
      "-",
      "--report-only",
    ]);
    expect(run.status).toBe(2);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  });

  test.each([
    [["check", "x.xlsx", "--as-of", "2024/13/01"], "--as-of"],
    [["check", "x.xlsx", "--year", "24"], "--year"],
    [["check", "x.xlsx", "--lang", "fr"], "--lang"],
  ])("a bad option %p → exit 2 naming it", (args, option) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(option);
  });
});

describe("English", () => {
  test("--lang en-US prints English and renders findings in English", () => {
    const run = runCli([
      "check",
      department,
      "--as-of",
      "2024-04-10",
      "--lang",
      "en-US",
      "--report-only",
      "--json",
      "-",
    ]);
    expect(run.stderr).toContain("Totals: 9 errors, 6 warnings");
    const report = JSON.parse(run.stdout) as { findings: { message: string }[] };
    expect(report.findings[0]?.message).toMatch(/[A-Za-z]{4,}/);
  });
});

describe("characters outside the Basic Multilingual Plane", () => {
  test("survive in the checked copy wherever they fall in the saved file", async () => {
    // Long runs of emoji and rare name characters cross the 16K text blocks of the zip writer at
    // either parity; one of the two cells is bound to straddle a block boundary.
    const texts = ["𠀾𠁀🟩".repeat(9_000), `x${"𠀾𠁀🟩".repeat(9_000)}`];
    const notes = { name: "备注", values: texts.map((text) => [text]) };
    const file = join(dir, "生僻字.xlsx");
    await writeGridsAsXlsx([...loadFixture("department-q1").sheets, notes], file);
    const run = runCli(["check", file, "--as-of", "2024-04-10"]);
    expect(run.status).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "生僻字.checked.xlsx"));
    const sheet = workbook.getWorksheet("备注");
    expect([sheet?.getCell("A1").value, sheet?.getCell("A2").value]).toEqual(texts);
  });
});
