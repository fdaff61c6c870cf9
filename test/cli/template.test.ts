import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "./runCli";
import { type JsonReport } from "../../src/engine";

/** The template departments receive, as `party-ledger template` writes it and a check reads it. */

const dir = tempDir("party-ledger-template-");
const file = join(dir, "模板.xlsx");
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  expect(runCli(["template", file, "--year", "2025", "--unit", "市测试局机关党委"]).status).toBe(0);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

test("every ledger shows grey example rows marked 【示例】, which the check skips", () => {
  for (const name of ["支部信息", "党员名册", "会议台账", "党课台账", "党费台账", "培训台账"]) {
    const row = sheet(name).getRow(3).values as unknown[];
    expect([name, row.some((v) => typeof v === "string" && v.startsWith("【示例】"))]).toEqual([
      name,
      true,
    ]);
  }
  const json = join(dir, "template.json");
  runCli(["check", file, "--report-only", "--json", json, "--as-of", "2025-12-31"]);
  const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
  expect(report.branches).toEqual([]);
  const onExamples = report.findings.filter(
    (f) => f.sheet !== "单位信息" && f.row !== null && f.row <= 4
  );
  expect(onExamples).toEqual([]);
  expect(JSON.stringify(report)).not.toContain("（示例）");
});

test("formats and validations reach row 5000", () => {
  const dues = sheet("党费台账");
  expect(dues.getCell("I5000").numFmt).toBe("yyyy-mm-dd");
  expect(dues.getCell("A5000").dataValidation).toMatchObject({ type: "list" });
  expect(sheet("会议台账").getCell("C5000").dataValidation).toMatchObject({ type: "date" });
});

test("单位信息 reads 项目 | 填写内容 | 说明", () => {
  const unit = sheet("单位信息");
  expect(unit.getRow(2).values).toEqual([undefined, "项目", "填写内容", "说明"]);
  expect(unit.getCell("A3").value).toBe("单位名称");
  expect(unit.getCell("B3").value).toBe("市测试局机关党委");
});

test("填表说明 is Chinese, without rule ids", () => {
  const texts: string[] = [];
  sheet("填表说明").eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string") texts.push(cell.value);
    })
  );
  const all = texts.join("\n");
  expect(all).toContain("对应的检查规则");
  expect(all).not.toMatch(/[a-z]+-[a-z]+/);
});
