import { loadFixture } from "../../../test/fixtures/loadFixture";
import { buildFindingView, ledgerOfSheet, localizeFindings, NO_FILTERS } from "./findingView";
import { checkWorkbook } from "../../engine";

const department = loadFixture("department-q1");
const result = checkWorkbook(department.sheets, department.options);

describe("buildFindingView", () => {
  it("puts every finding in exactly one place", () => {
    const view = buildFindingView(result.findings, result.workbook, NO_FILTERS);
    const inRows = view.rows.flatMap((group) => group.rules.flatMap((rule) => rule.findings));
    expect(inRows.length + view.periods.length + view.reminders.length + view.shape.length).toBe(
      result.findings.length
    );
    expect(view.shown).toBe(result.findings.length - view.shape.length);
    expect(inRows.every((finding) => finding.row !== null)).toBe(true);
    expect(view.periods.map((finding) => finding.ruleId)).toEqual([
      "meeting-group-monthly",
      "meeting-theme-day-monthly",
      "dues-monthly",
    ]);
  });

  it("orders sheets by the template's ledgers and rows within a rule", () => {
    const view = buildFindingView(result.findings, result.workbook, NO_FILTERS);
    expect(view.rows.map((group) => [group.sheet, group.ledger, group.count])).toEqual([
      ["支部信息", "branches", 1],
      ["三会一课台账", "meetings", 4],
      ["党课台账", "lectures", 1],
      ["党费台账", "dues", 6],
    ]);
    const dues = view.rows[3]!.rules.find((rule) => rule.ruleId === "dues-rate")!;
    expect(dues.findings.map((finding) => finding.row)).toEqual([20, 21, 22]);
  });

  it("filters by branch and severity, keeping structure bars whatever the filters", () => {
    const missing = loadFixture("error.missing-columns");
    const broken = checkWorkbook(missing.sheets, missing.options);
    const view = buildFindingView(broken.findings, broken.workbook, {
      branch: "第一党支部",
      severity: "error",
    });
    expect(view.shape.map((finding) => finding.ruleId)).toEqual([
      "structure-missing-sheet",
      "structure-missing-sheet",
      "structure-missing-sheet",
      "structure-missing-column",
      "structure-not-checkable",
    ]);
    expect(view.shown).toBe(0);

    const branchTwo = buildFindingView(result.findings, result.workbook, {
      branch: "第二党支部",
      severity: null,
    });
    const all = [
      ...branchTwo.rows.flatMap((g) => g.rules.flatMap((r) => r.findings)),
      ...branchTwo.periods,
    ];
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((finding) => finding.branch === "第二党支部")).toBe(true);
  });

  it("separates reminders from missing periods", () => {
    const early = checkWorkbook(department.sheets, { ...department.options, asOf: "2024-03-25" });
    const view = buildFindingView(early.findings, early.workbook, NO_FILTERS);
    // Two periods ending in March, and 第一党支部's term, which ends within six months.
    expect(view.reminders).toHaveLength(3);
    expect(view.reminders.every((finding) => finding.severity === "reminder")).toBe(true);
    expect(view.periods.every((finding) => finding.severity !== "reminder")).toBe(true);
    const onlyReminders = buildFindingView(early.findings, early.workbook, {
      branch: null,
      severity: "reminder",
    });
    expect(onlyReminders.rows).toEqual([]);
    expect(onlyReminders.periods).toEqual([]);
    expect(onlyReminders.shown).toBe(3);
  });
});

describe("localizeFindings", () => {
  it("re-renders the engine's messages in the pane's language from the findings' data", () => {
    const english = localizeFindings(result.findings, "en-US");
    expect(english).toHaveLength(result.findings.length);
    expect(english[0]!.message).not.toBe(result.findings[0]!.message);
    expect(english[0]!.message).toMatch(/[A-Za-z]/);
    expect(localizeFindings(english, "zh-CN").map((f) => f.message)).toEqual(
      result.findings.map((f) => f.message)
    );
  });
});

describe("ledgerOfSheet", () => {
  it("names the ledger a sheet was read as, or null", () => {
    expect(ledgerOfSheet(result.workbook, "三会一课台账")).toBe("meetings");
    expect(ledgerOfSheet(result.workbook, "党员花名册")).toBe("members");
    expect(ledgerOfSheet(result.workbook, "汇总表")).toBeNull();
  });
});
