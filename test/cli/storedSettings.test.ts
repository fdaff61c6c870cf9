import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { findingKeys } from "../../src/engine/acknowledge";
import { checkWorkbook } from "../../src/engine/check";
import { ACKNOWLEDGEMENTS_KEY, SETTINGS_KEY, toCheckOptions } from "../../src/engine/config/stored";
import type { JsonReport } from "../../src/engine/report/jsonReport";
import { loadFixture } from "../fixtures/loadFixture";
import { withWebExtension } from "../fixtures/webExtensionSettings";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "./runCli";

/**
 * A workbook the add-in saved settings and explanations (已说明) in is checked by the command line
 * exactly as the pane checks it: the same findings, totals and setting changes.
 */

const dir = tempDir("party-ledger-stored-");
const fixture = loadFixture("department-q1");
const file = join(dir, "已说明.xlsx");
const settings = { asOf: "2024-04-10", rules: { "meeting-theme-day-monthly": { enabled: false } } };

const paneResult = () => {
  const plain = checkWorkbook(fixture.sheets, toCheckOptions(settings, "zh-CN"));
  const keys = findingKeys(plain.findings, plain.workbook);
  const index = plain.findings.findIndex((f) => f.ruleId === "org-secretary-principal");
  const acknowledgements = [
    { key: keys[index] ?? "", reason: "经机关党委同意，由副处长担任书记", date: "2024-04-01" },
  ];
  return {
    acknowledgements,
    result: checkWorkbook(fixture.sheets, toCheckOptions(settings, "zh-CN", acknowledgements)),
  };
};

beforeAll(async () => {
  await writeGridsAsXlsx(fixture.sheets, file);
  const { acknowledgements } = paneResult();
  writeFileSync(
    file,
    withWebExtension(readFileSync(file), {
      properties: {
        [SETTINGS_KEY]: JSON.stringify(settings),
        [ACKNOWLEDGEMENTS_KEY]: JSON.stringify(acknowledgements),
      },
    })
  );
});

describe("party-ledger check on a workbook with the add-in's saved settings", () => {
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(["check", file, "--json", "-", "--report-only"]);
  });

  it("applies them as the pane does: the same totals, the explained warning, the rule off", () => {
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const report = JSON.parse(run.stdout) as JsonReport;
    const { result } = paneResult();
    expect(report.asOf).toBe("2024-04-10");
    expect(report.totals).toEqual(result.totals);
    expect(report.acknowledged).toBe(1);
    expect(report.settingChanges).toEqual([
      { kind: "rule-off", ruleId: "meeting-theme-day-monthly" },
    ]);
    expect(report.findings.filter((f) => f.acknowledged)).toEqual([
      expect.objectContaining({
        ruleId: "org-secretary-principal",
        acknowledged: { reason: "经机关党委同意，由副处长担任书记", date: "2024-04-01" },
      }),
    ]);
    expect(report.findings.some((f) => f.ruleId === "meeting-theme-day-monthly")).toBe(false);
  });

  it("says so on the terminal", () => {
    expect(run.stderr).toContain("按工作簿中保存的检查设置检查");
    expect(run.stderr).toContain("本次检查未启用：“每月开展主题党日”");
    expect(run.stderr).toContain("另有 1 条提示已在工作簿中说明");
  });

  it("lets --as-of override the saved day", () => {
    const early = runCli(["check", file, "--json", "-", "--report-only", "--as-of", "2024-03-25"]);
    expect((JSON.parse(early.stdout) as JsonReport).asOf).toBe("2024-03-25");
  });
});

describe("party-ledger rollup of a department whose check switched a rule off", () => {
  it("prints that department's settings beside its rate and lists the changes in the workbook", async () => {
    const checked = runCli(["check", file, "--out", `${dir}/`]);
    expect(checked.stderr).not.toMatch(STACK_FRAME);
    const plainFile = join(dir, "按规定.xlsx");
    await writeGridsAsXlsx(fixture.sheets, plainFile);
    runCli(["check", plainFile, "--as-of", "2024-04-10", "--out", `${dir}/`]);
    const out = join(dir, "汇总.xlsx");
    const rollup = runCli([
      "rollup",
      join(dir, "已说明.checked.xlsx"),
      join(dir, "按规定.checked.xlsx"),
      "--out",
      out,
    ]);
    expect(rollup.status).toBe(0);
    const lines = rollup.stdout.split("\n").filter((line) => /^\s+\d+\s/.test(line));
    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.includes("未启用1项"))).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const overview = workbook.worksheets[0];
    const values: string[] = [];
    overview?.eachRow((row) => row.eachCell((c) => values.push(String(c.value))));
    expect(values).toContain("按规定检查");
    expect(values).toContain("本次检查未启用：“每月开展主题党日”，其要求未检查，不计入合规率。");
  });
});
