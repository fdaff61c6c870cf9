import { day } from "../calendar/day";
import { checkWorkbook } from "../check";
import { buildTemplateModel } from "./buildTemplateModel";
import { afterYear, completeYearData } from "../testing/completeYearData";
import { templateSheetInput, templateWorkbookInput } from "./sheetInput";

describe("a filled-in template with a correct year of ledgers", () => {
  it.each([2024, 2025])("checks %i with no finding at all", (year) => {
    const data = completeYearData(year);
    const sheets = templateWorkbookInput(buildTemplateModel({ year }), data);
    const result = checkWorkbook(sheets, { asOf: afterYear(year) });
    expect(result.workbook.issues).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(result.settings.year).toBe(year);
  });

  it("gives the same grids through templateSheetInput, sheet by sheet", () => {
    const data = completeYearData(2025);
    const bySheet = templateWorkbookInput(buildTemplateModel({ year: 2025 }), data);
    const one = templateSheetInput("dues", data.rows?.dues ?? [], { year: 2025 });
    expect(one).toEqual(bySheet.find((s) => s.name === "党费台账"));
  });

  it("evaluates every period requirement and meets each of them", () => {
    const year = 2025;
    const result = checkWorkbook(
      templateWorkbookInput(buildTemplateModel({ year }), completeYearData(year)),
      { asOf: afterYear(year) }
    );
    const evaluated = new Set(result.periods.map((p) => p.ruleId));
    for (const rule of [
      "meeting-general-quarterly",
      "meeting-committee-monthly",
      "meeting-group-monthly",
      "meeting-theme-day-monthly",
      "meeting-org-life-annual",
      "meeting-appraisal-annual",
      "meeting-leader-dual-life",
      "lecture-branch-regular",
      "lecture-department-secretary-annual",
      "lecture-branch-secretary-annual",
      "dues-monthly",
      "training-secretary-annual",
      "training-new-secretary-6m",
      "training-member-hours",
    ]) {
      expect(evaluated).toContain(rule);
    }
    expect(result.periods.filter((p) => p.status !== "met")).toEqual([]);
  });

  it("reports what goes missing once a row is removed", () => {
    const year = 2025;
    const data = completeYearData(year);
    const meetings = (data.rows?.meetings ?? []).filter(
      (row) => !(row[0] === "第二党支部" && row[1] === "主题党日" && row[2] === day(year, 7, 12))
    );
    const sheets = templateWorkbookInput(buildTemplateModel({ year }), {
      ...data,
      rows: { ...data.rows, meetings },
    });
    const findings = checkWorkbook(sheets, { asOf: afterYear(year) }).findings;
    expect(findings.map((f) => [f.ruleId, f.branch, f.period])).toEqual([
      ["meeting-theme-day-monthly", "第二党支部", "2025-07"],
    ]);
  });
});
