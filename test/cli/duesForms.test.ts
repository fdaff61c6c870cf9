import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli, STACK_FRAME, tempDir } from "./runCli";
import { type JsonReport } from "../../src/engine";

const dir = tempDir("party-ledger-forms-");

/** The findings of some rules, as facts that do not depend on where the form puts them. */
function facts(report: JsonReport, rules: readonly string[]): string[] {
  return report.findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => [f.ruleId, f.severity, f.branch, f.person, f.period].join(" "))
    .sort();
}

describe("the sample's dues as the month-column register, through the built command", () => {
  const rows = join(dir, "逐笔.xlsx");
  const register = join(dir, "登记表.xlsx");

  test("sample --dues-form register writes the register in the 党费台账's place", async () => {
    expect(runCli(["sample", rows]).status).toBe(0);
    const run = runCli(["sample", register, "--dues-form", "register"]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(register);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toContain("党员党费交纳登记表");
    expect(names).not.toContain("党费台账");
    expect(names.indexOf("党员党费交纳登记表")).toBe(names.indexOf("党课台账") + 1);
    const sheet = workbook.getWorksheet("党员党费交纳登记表");
    expect(sheet?.getRow(2).values).toEqual(expect.arrayContaining(["姓名", "1月", "12月"]));
  });

  test("checking both gives the same findings for the rules that need no payment date", () => {
    const report = (file: string, json: string): JsonReport => {
      const run = runCli(["check", file, "--report-only", "--json", json, "--as-of", "2026-01-15"]);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.status).toBe(1);
      return JSON.parse(readFileSync(json, "utf8")) as JsonReport;
    };
    const fromRows = report(rows, join(dir, "rows.json"));
    const fromRegister = report(register, join(dir, "register.json"));
    const same = ["dues-paid-in-full", "dues-monthly", "dues-six-month-lapse"];
    expect(facts(fromRegister, same)).toEqual(facts(fromRows, same));
    expect(facts(fromRegister, ["structure-missing-column", "structure-missing-sheet"])).toEqual(
      []
    );
    expect(facts(fromRegister, ["structure-not-checkable"])).toHaveLength(1);
  });

  // A short payment in the register is the month's own cell: the note says why on that cell.
  test("a marked month of the register carries its note on the month's cell", async () => {
    const out = join(dir, "登记表.checked.xlsx");
    expect(runCli(["check", register, "--out", out, "--as-of", "2026-01-15"]).status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "register.json"), "utf8")) as JsonReport;
    const short = report.findings.find(
      (f) => f.ruleId === "dues-paid-in-full" && f.row !== null && f.column !== null
    );
    expect(short).toBeDefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet(short?.sheet ?? "");
    const header = sheet?.getCell(`${short?.column}2`).value;
    expect(String(header)).toMatch(/^\d+月$/);
    const note: unknown = sheet?.getCell(`${short?.column}${short?.row}`).note;
    expect(JSON.stringify(note)).toContain("党建台账检查");
    expect(sheet?.getCell(`A${short?.row}`).note).toBeUndefined();
  });

  test("an unknown --dues-form is refused with a Chinese reason", () => {
    const run = runCli(["sample", join(dir, "x.xlsx"), "--dues-form", "monthly"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--dues-form 须为 rows");
  });
});
