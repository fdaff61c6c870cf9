import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "./runCli";

const dir = tempDir("party-ledger-flow-");

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("template, sample, check, clear and roll-up, as departments and the level above use them", () => {
  const template = join(dir, "模板.xlsx");
  const sample = join(dir, "示例.xlsx");
  const checkedSample = join(dir, "示例.checked.xlsx");
  const department = join(dir, "二局.xlsx");
  const checkedDepartment = join(dir, "二局.checked.xlsx");
  const stray = join(dir, "无关.xlsx");
  const rollup = join(dir, "汇总.xlsx");

  beforeAll(async () => {
    await writeGridsAsXlsx(loadFixture("department-q1").sheets, department);
    await writeGridsAsXlsx([{ name: "Sheet1", values: [["项目"], ["会议室预约"]] }], stray);
  });

  test("template writes the standard sheets and refuses to overwrite without --force", async () => {
    const first = runCli(["template", template, "--year", "2025", "--unit", "市测试局机关党委"]);
    expect(first.status).toBe(0);
    const names = (await load(template)).worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "填表说明",
        "单位信息",
        "支部信息",
        "党员名册",
        "会议台账",
        "党课台账",
        "党费台账",
        "培训台账",
      ])
    );
    const again = runCli(["template", template]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("--force");
  });

  test("sample writes the demonstration workbook, and checking it finds errors (exit 1)", () => {
    expect(runCli(["sample", sample]).status).toBe(0);
    const run = runCli(["check", sample]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.status).toBe(1);
    expect(existsSync(checkedSample)).toBe(true);
  });

  test("clear removes the marks, notes and summary of a checked copy", async () => {
    const copy = join(dir, "示例.cleared.xlsx");
    const run = runCli(["clear", checkedSample, "--out", copy]);
    expect(run.status).toBe(0);
    const cleared = await load(copy);
    expect(cleared.worksheets.map((w) => w.name)).not.toContain("汇总表");
    const original = await load(sample);
    expect(cleared.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
  });

  test("rollup consolidates the checked departments and reports the file without a summary", async () => {
    expect(runCli(["check", department, "--as-of", "2024-04-10"]).status).toBe(1);
    const run = runCli(["rollup", checkedSample, checkedDepartment, stray, "--out", rollup]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("无关.xlsx");
    const book = await load(rollup);
    expect(book.worksheets[0]?.name).toBe("各单位汇总");
    expect(book.worksheets.length).toBe(3);
    const overview = book.worksheets[0]!;
    const texts: string[] = [];
    overview.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("市示范局机关党委");
    expect(texts.join("|")).toContain("无关.xlsx");
  });

  test("rollup with nothing to consolidate exits 2 and says why", () => {
    const run = runCli(["rollup", stray, "--out", join(dir, "空.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("没有可汇总的文件");
  });
});
