import { join } from "node:path";
import ExcelJS from "exceljs";
import { chinaTimestamp } from "../../src/engine/calendar/timestamp";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, tempDir, writeGridsAsXlsx } from "./runCli";

/**
 * The 汇总表 the command line writes into a checked copy, read back with ExcelJS (a reader that is
 * not ours): what an officer prints and emails upward.
 */

const dir = tempDir("party-ledger-summary-");
const department = join(dir, "市示范局台账.xlsx");
const checked = join(dir, "市示范局台账.checked.xlsx");
let before = 0;
let after = 0;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, department);
  before = Date.now();
  // A machine set to the US west coast: the summary still says when it ran in Beijing.
  const run = runCli(["check", department, "--as-of", "2024-04-10"], dir, {
    TZ: "America/Los_Angeles",
  });
  after = Date.now();
  expect(run.status).toBe(1);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(checked);
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

test("检查时间 is China Standard Time, whatever the machine's zone", () => {
  const info = String(sheet("汇总表").getCell("A2").value);
  const time = /检查时间：(\d{4}-\d\d-\d\d \d\d:\d\d)（北京时间）/.exec(info)?.[1];
  expect([chinaTimestamp(new Date(before)), chinaTimestamp(new Date(after))]).toContain(time);
});
