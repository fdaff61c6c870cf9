import { copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, tempDir, writeGridsAsXlsx } from "./runCli";

/** `rollup` says when a department came twice and when the summaries are of different years. */

const dir = tempDir("party-ledger-rollup-warn-");

test("a department sent twice and summaries of two years are named, on stderr and the first sheet", async () => {
  const sample = join(dir, "示例局.xlsx");
  expect(runCli(["sample", sample]).status).toBe(0);
  expect(runCli(["check", sample, "--as-of", "2026-01-15"]).status).toBe(1);
  const checked = join(dir, "示例局.checked.xlsx");
  const again = join(dir, "示例局（补报）.checked.xlsx");
  copyFileSync(checked, again);
  const older = join(dir, "市示范局2024.xlsx");
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, older);
  expect(runCli(["check", older, "--as-of", "2024-04-10"]).status).toBe(1);

  const out = join(dir, "汇总.xlsx");
  const run = runCli([
    "rollup",
    checked,
    again,
    join(dir, "市示范局2024.checked.xlsx"),
    "--out",
    out,
  ]);
  expect(run.status).toBe(0);
  expect(run.stderr).toContain(
    "注意：“上海市示范局机关党委”的汇总表出现了2次（示例局.checked.xlsx、示例局（补报）.checked.xlsx）"
  );
  expect(run.stderr).toContain(
    "注意：所汇总的汇总表年度不一致：2024年度：市示范局2024.checked.xlsx；2025年度："
  );

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const texts: string[] = [];
  workbook.worksheets[0]?.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string") texts.push(cell.value);
    })
  );
  expect(texts).toContain("请注意");
  // A merged cell's text comes back in each of its cells: counted once.
  const notes = new Set(
    texts.filter((t) => t.includes("汇总表出现了2次") || t.includes("年度不一致"))
  );
  expect(notes.size).toBe(2);
});
