import { buildWorkbook } from "../testing/buildWorkbook";
import { duesTally, markOf, markWithRowFindings, tallyOf } from "./branchStatus";
import { compliance } from "./compliance";
import { LedgerRows } from "./ledgerRows";
import { finding, months, period } from "../testing/summaryTestData";

const workbook = buildWorkbook({
  branches: [
    { name: "一支部", secretary: "张三" },
    { name: "二支部", secretary: "李四" },
  ],
  meetings: [
    { branch: "一支部", types: ["general"], date: "2024-03-01" },
    { branch: "一支部", types: ["general"], date: "2024-06-01" },
    { branch: "二支部", types: ["general"], date: "2024-06-01" },
  ],
});
const rows = new LedgerRows(workbook);
const meetingsSheet = workbook.meetings?.sheet ?? "";

describe("compliance", () => {
  const periods = [
    period("meeting-general-quarterly", "一支部", "2024-Q1", "met"),
    period("meeting-general-quarterly", "一支部", "2024-Q2", "missing"),
    period("meeting-general-quarterly", "一支部", "2024-Q3", "due-soon"),
    period("meeting-general-quarterly", "一支部", "2024-Q4", "open"),
    period("lecture-department-secretary-annual", null, "2024", "met"),
  ];
  const findings = [
    finding("meeting-general-quorum", "error", { sheet: meetingsSheet, row: 2, branch: "一支部" }),
    finding("meeting-general-quorum", "warning", {
      sheet: meetingsSheet,
      row: 2,
      branch: "一支部",
    }),
    finding("meeting-general-quorum", "reminder", { sheet: meetingsSheet, row: 3 }),
    finding("meeting-general-quarterly", "error", { kind: "period", branch: "一支部" }),
    finding("structure-unreadable-cell", "unreadable", { sheet: "单位信息", row: 3 }),
  ];

  test("per branch: mean of the met share of decided periods and the clean share of rows", () => {
    // Periods: 1 met of 2 decided. Rows: the branch row and two meetings, one with findings.
    expect(compliance("一支部", periods, findings, rows)).toEqual({
      periodsMet: 1,
      periodsDecided: 2,
      rows: 3,
      rowsWithFindings: 1,
      rate: (1 / 2 + 2 / 3) / 2,
    });
  });

  test("a branch with rows but no periods is rated on its rows alone", () => {
    expect(compliance("二支部", periods, findings, rows).rate).toBe(1);
  });

  test("overall: every period and every ledger row", () => {
    const overall = compliance(null, periods, findings, rows);
    expect(overall).toMatchObject({
      periodsMet: 2,
      periodsDecided: 3,
      rows: 5,
      rowsWithFindings: 1,
    });
    expect(overall.rate).toBeCloseTo((2 / 3 + 4 / 5) / 2, 12);
  });

  test("without the workbook only periods count; with nothing to count, no rate", () => {
    const none = new LedgerRows(undefined);
    expect(none.known).toBe(false);
    expect(compliance("一支部", periods, findings, none).rate).toBe(0.5);
    expect(compliance("三支部", periods, findings, none).rate).toBeNull();
  });
});

describe("branch marks and tallies", () => {
  test("markOf: none, met, missing beats everything, otherwise open", () => {
    expect(markOf([])).toBe("none");
    expect(markOf([period("meeting-org-life-annual", "一支部", "2024", "met")])).toBe("met");
    expect(
      markOf([
        period("training-secretary-annual", "一支部", "2024", "met", "张三"),
        period("training-secretary-annual", "一支部", "2024", "missing", "王五"),
      ])
    ).toBe("missing");
    expect(markOf([period("meeting-org-life-annual", "一支部", "2024", "due-soon")])).toBe("open");
  });

  test("tallyOf counts met periods out of every period evaluated", () => {
    expect(tallyOf(months("meeting-theme-day-monthly", "一支部", 7, "open"))).toEqual({
      met: 7,
      total: 12,
      mark: "open",
    });
  });

  test("a mark is ✗ when the rule put an error or warning on a row of the branch", () => {
    const id = "training-new-secretary-6m";
    expect(markWithRowFindings([], [], id, "一支部")).toBe("none");
    const late = finding(id, "error", { branch: "一支部" });
    expect(markWithRowFindings([], [late], id, "一支部")).toBe("missing");
    expect(markWithRowFindings([], [late], id, "二支部")).toBe("none");
    expect(markWithRowFindings([], [late], "training-secretary-annual", "一支部")).toBe("none");
    const met = [period(id, "一支部", "2024-09", "met", "张三")];
    expect(markWithRowFindings(met, [{ ...late, severity: "reminder" }], id, "一支部")).toBe("met");
    expect(markWithRowFindings(met, [{ ...late, kind: "period" }], id, "一支部")).toBe("met");
  });

  test("dues: months not yet due are left out; shortfalls found by finding period", () => {
    const periods = [
      period("dues-monthly", "一支部", "2024-01", "met", "王五"),
      period("dues-monthly", "一支部", "2024-02", "met", "王五"),
      period("dues-monthly", "一支部", "2024-02", "met", "赵六"),
      period("dues-monthly", "一支部", "2024-03", "due-soon", "王五"),
    ];
    const short = finding("dues-paid-in-full", "error", {
      branch: "一支部",
      person: "王五",
      period: "2024-02",
    });
    const otherBranch = { ...short, branch: "二支部" };
    expect(duesTally(periods, [short, otherBranch], "一支部", rows)).toEqual({
      paidInFull: 2,
      due: 3,
    });
  });
});
