import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { loadFixture } from "../fixtures/loadFixture";
import { readParts, setText, text, writeParts, type Parts } from "../fixtures/packages/repackage";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "./runCli";

/** Files that used to give a misleading answer now give the true one, through the built command. */

const dir = tempDir("party-ledger-misleading-");
const ledger = join(dir, "台账.xlsx");

beforeAll(async () => {
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, ledger);
});

const BOTH = [["check"], ["check --report-only"]] as const;
const args = (mode: string, file: string): string[] =>
  mode === "check"
    ? ["check", file, "--out", join(dir, "out") + "/", "--as-of", "2024-04-10"]
    : ["check", file, "--report-only", "--as-of", "2024-04-10"];

function variant(name: string, change: (parts: Parts) => void, level = 6): string {
  const parts = readParts(ledger);
  change(parts);
  const file = join(dir, name);
  if (level === 0) {
    const zippable: Record<string, [Uint8Array, { level: 0 }]> = {};
    for (const [part, data] of Object.entries(parts)) zippable[part] = [data, { level: 0 }];
    writeFileSync(file, zipSync(zippable));
  } else writeParts(file, parts);
  return file;
}

describe("a workbook whose cells refer to a missing shared-string table", () => {
  const file = join(dir, "无共享字符串.xlsx");
  beforeAll(() => variant("无共享字符串.xlsx", (parts) => delete parts["xl/sharedStrings.xml"]));
  test.each(BOTH)("%s: exit 2, damaged, naming the part", (mode) => {
    const run = runCli(args(mode, file));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/已损坏（部件 xl\/worksheets\/sheet\d+\.xml引用的共享字符串/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("a zip entry whose data fails its CRC", () => {
  let file = "";
  beforeAll(() => {
    file = variant("校验错误.xlsx", () => undefined, 0);
    const bytes = readFileSync(file);
    // Stored entries hold the XML as it is: change one digit of a cell value in place.
    const at = bytes.indexOf("<v>2</v>");
    expect(at).toBeGreaterThan(0);
    bytes[at + 3] = "7".charCodeAt(0);
    writeFileSync(file, bytes);
  });
  test.each(BOTH)("%s: exit 2, damaged, naming the part", (mode) => {
    const run = runCli(args(mode, file));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/已损坏（部件 xl\/[\w/]+\.xml的数据校验（CRC）不符）/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("formulas saved without their results", () => {
  const file = join(dir, "未计算.xlsx");
  beforeAll(() =>
    variant("未计算.xlsx", (parts) => {
      for (const name of Object.keys(parts)) {
        if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
        // Every number becomes a formula of that number, as a program writes it: no cached value.
        setText(parts, name, text(parts, name).replace(/<v>(\d+(?:\.\d+)?)<\/v>/g, "<f>$1</f>"));
      }
    })
  );
  test.each(BOTH)("%s: no errors, one unreadable finding per sheet saying what to do", (mode) => {
    const run = runCli([...args(mode, file), "--json", join(dir, `${mode}.json`)]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, `${mode}.json`), "utf8")) as {
      findings: { severity: string; sheet: string; message: string }[];
      totals: Record<string, number>;
    };
    expect(report.totals.error).toBe(0);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(finding.severity).toBe("unreadable");
      expect(finding.message).toContain("请用 Excel 或 WPS 打开该文件并保存后再检查");
    }
    const sheets = report.findings.map((f) => f.sheet);
    expect(new Set(sheets).size).toBe(sheets.length);
  });
});

describe("an OpenDocument spreadsheet named .xlsx", () => {
  test.each(BOTH)("%s: says it is an .ods and how to save it as .xlsx", (mode) => {
    const file = join(dir, "开放文档.xlsx");
    writeFileSync(
      file,
      zipSync({
        mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
        "content.xml": strToU8('<?xml version="1.0"?><office:document-content/>'),
        "META-INF/manifest.xml": strToU8('<?xml version="1.0"?><manifest:manifest/>'),
      })
    );
    const run = runCli(args(mode, file));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("OpenDocument 电子表格（.ods");
    expect(run.stderr).toContain("另存为");
    expect(run.stderr).not.toContain("请先解压");
  });
});

describe("a text longer than a cell can hold", () => {
  test("is cut with … below 32,767 characters in the 汇总表 and its 问题清单", async () => {
    const sheets = loadFixture("department-q1").sheets.map((sheet) =>
      sheet.name === "党课台账"
        ? {
            ...sheet,
            values: sheet.values.map((row, r) =>
              r === sheet.values.length - 1
                ? row.map((v, c) => (c === 0 ? "某".repeat(32_700) : v))
                : row
            ),
          }
        : sheet
    );
    const file = join(dir, "长文本.xlsx");
    await writeGridsAsXlsx(sheets, file);
    const out = join(dir, "长文本.checked.xlsx");
    const run = runCli(["check", file, "--out", out, "--as-of", "2024-04-10"]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const long: string[] = [];
    for (const name of ["汇总表", "问题清单"]) {
      workbook.getWorksheet(name)?.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          const shown =
            typeof value === "string"
              ? value
              : String((value as { result?: unknown })?.result ?? "");
          if (shown.length > 30_000) long.push(shown);
        })
      );
    }
    expect(long.length).toBeGreaterThan(0);
    for (const value of long) {
      expect(value.length).toBeLessThanOrEqual(32_767);
    }
    expect(long.some((value) => value.endsWith("…"))).toBe(true);
  });
});
