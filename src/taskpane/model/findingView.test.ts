import { loadFixture } from "../../../test/fixtures/loadFixture";
import {
  buildFindingView,
  ledgerOfSheet,
  NO_FILTERS,
  paneFindings,
  SEVERITY_ORDER,
  type FindingView,
} from "./findingView";
import { checkWorkbook, findingKeys, type Severity } from "../../engine";

const department = loadFixture("department-q1");
const result = checkWorkbook(department.sheets, department.options);
const findings = paneFindings(result, "zh-CN");
const view = (filters = NO_FILTERS, list = findings): FindingView =>
  buildFindingView(list, result.workbook, filters, result.branches);

const inRows = (v: FindingView) => v.rows.flatMap((g) => g.rules.flatMap((r) => r.findings));
const inPeriods = (v: FindingView) => v.periods.flatMap((g) => g.findings);

describe("buildFindingView", () => {
  it("puts every finding in exactly one place", () => {
    const all = view();
    expect(
      inRows(all).length + inPeriods(all).length + all.reminders.length + all.shape.length
    ).toBe(result.findings.length);
    expect(all.shown).toBe(result.findings.length - all.shape.length);
    expect(inRows(all).every((finding) => finding.row !== null)).toBe(true);
    expect(all.totals).toEqual(result.totals);
  });

  it("puts 不符合 first: sheets by their most serious finding, rules by severity", () => {
    const all = view();
    const worst = all.rows.map((group) => SEVERITY_ORDER[group.worst]);
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    expect(all.rows[0]?.worst).toBe("error");
    for (const group of all.rows) {
      const order = group.rules.map((rule) => SEVERITY_ORDER[rule.severity]);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const rule of group.rules) {
        expect(rule.findings.every((f) => f.severity === rule.severity)).toBe(true);
        const rows = rule.findings.map((f) => f.row ?? 0);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
      }
    }
    // Ties keep the template's ledger order: 会议 before 党费 among sheets with errors.
    const withErrors = all.rows.filter((g) => g.worst === "error").map((g) => g.ledger);
    expect(withErrors.indexOf("meetings")).toBeLessThan(withErrors.indexOf("dues"));
    expect(ledgerOfSheet(result.workbook, "三会一课台账")).toBe("meetings");
  });

  it("groups missing activities by branch in 支部信息 order, most serious first within", () => {
    const all = view();
    expect(all.periods.map((g) => g.branch)).toEqual(
      result.branches.filter((b) => inPeriods(all).some((f) => f.branch === b))
    );
    for (const group of all.periods) {
      expect(group.findings.every((f) => f.branch === group.branch)).toBe(true);
      const order = group.findings.map((f) => SEVERITY_ORDER[f.severity]);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(
      inPeriods(all)
        .map((f) => f.ruleId)
        .sort()
    ).toEqual(["dues-monthly", "meeting-group-monthly", "meeting-theme-day-monthly"].sort());
  });

  it("counts the tiles for the branch chosen, whatever severity is chosen", () => {
    const branch = "第二党支部";
    const own = result.findings.filter((f) => f.branch === branch);
    const count = (severity: Severity) => own.filter((f) => f.severity === severity).length;
    for (const severity of [null, "warning"] as const) {
      const filtered = view({ branch, severity });
      expect(filtered.totals).toEqual({
        error: count("error"),
        warning: count("warning"),
        reminder: count("reminder"),
        unreadable: count("unreadable"),
      });
    }
    const shown = view({ branch, severity: null });
    expect([...inRows(shown), ...inPeriods(shown)].every((f) => f.branch === branch)).toBe(true);
  });

  it("keeps structure bars whatever the filters, and counts nothing else when nothing passes", () => {
    const missing = loadFixture("error.missing-columns");
    const broken = checkWorkbook(missing.sheets, missing.options);
    const shaped = buildFindingView(paneFindings(broken, "zh-CN"), broken.workbook, {
      branch: "第一党支部",
      severity: "error",
    });
    expect(shaped.shape.map((finding) => finding.ruleId)).toEqual([
      "structure-missing-sheet",
      "structure-missing-sheet",
      "structure-missing-sheet",
      "structure-missing-column",
      "structure-not-checkable",
    ]);
    expect(shaped.shown).toBe(0);
  });

  it("separates reminders from missing periods, earliest due first", () => {
    const early = checkWorkbook(department.sheets, { ...department.options, asOf: "2024-03-25" });
    const all = buildFindingView(paneFindings(early, "zh-CN"), early.workbook, NO_FILTERS);
    expect(all.reminders).toHaveLength(3);
    expect(all.reminders.every((finding) => finding.severity === "reminder")).toBe(true);
    expect(inPeriods(all).every((finding) => finding.severity !== "reminder")).toBe(true);
    const due = all.reminders.map((f) => String(f.data.dueDate ?? f.period));
    expect(due).toEqual([...due].sort());
  });

  it("gives each warning its identity, and lists explained ones apart from the counts", () => {
    const keys = findingKeys(result.findings, result.workbook);
    expect(findings.map((f) => f.key)).toEqual(keys);
    const warning = findings.find((f) => f.ruleId === "dues-quarterly-approval");
    if (!warning) throw new Error("expected the quarterly-approval warning");
    const explained = findings.map((f) =>
      f === warning ? { ...f, acknowledged: { reason: "经支部同意", date: "2024-04-01" } } : f
    );
    const all = view(NO_FILTERS, explained);
    expect(all.totals.warning).toBe(result.totals.warning - 1);
    expect(all.acknowledged).toBe(1);
    const group = all.rows
      .flatMap((g) => g.rules)
      .find((rule) => rule.ruleId === "dues-quarterly-approval");
    expect(group?.findings.at(-1)?.acknowledged?.reason).toBe("经支部同意");
    expect(group?.open).toBe((group?.findings.length ?? 0) - 1);
  });
});
