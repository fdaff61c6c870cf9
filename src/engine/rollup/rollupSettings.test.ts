import { SUMMARY_DATA_FORMAT, type SummaryData } from "../summary/summaryData";
import { buildRollup } from "./buildRollup";

/** The roll-up states, per department, how its check departed from the rules as written. */

function department(unitName: string, extra: Partial<SummaryData>): SummaryData {
  return {
    format: SUMMARY_DATA_FORMAT,
    version: "0.1.0",
    unitName,
    year: 2025,
    asOf: "2025-12-31",
    checkedAt: "2026-01-15 09:00",
    locale: "zh-CN",
    totals: { error: 1, warning: 1, reminder: 0, unreadable: 0 },
    complianceRate: 0.9,
    branches: [],
    branchTable: { height: 1, width: 1, columnWidths: [16], cells: [], merges: [] },
    ...extra,
  };
}

const sheets = buildRollup({
  entries: [
    {
      file: "a.xlsx",
      data: department("市甲局", {
        acknowledged: 2,
        settingChanges: [
          { kind: "rule-off", ruleId: "meeting-theme-day-monthly" },
          { kind: "setting", setting: "lectureFrequency", value: "year", default: "quarter" },
        ],
      }),
    },
    { file: "b.xlsx", data: department("市乙局", { acknowledged: 0, settingChanges: [] }) },
    { file: "c.xlsx", data: department("市丙局", {}) },
  ],
  skipped: [],
  createdAt: "2026-02-01 10:00",
  version: "0.1.0",
  locale: "zh-CN",
});
const overview = sheets[0]!;
const valueAt = (row: number, column: number) =>
  overview.cells.find((c) => c.row === row && c.column === column);
const rowOf = (unit: string): number => overview.cells.find((c) => c.value === unit)!.row;

describe("the roll-up's 已说明 and 检查设置 columns", () => {
  it("give each department's explained warnings and whether it checked by the rules as written", () => {
    const header = overview.cells.find((c) => c.value === "检查设置")!;
    const explainedHeader = overview.cells.find((c) => c.value === "已说明")!;
    expect(valueAt(rowOf("市甲局"), explainedHeader.column)?.value).toBe(2);
    expect(valueAt(rowOf("市甲局"), header.column)).toEqual(
      expect.objectContaining({ value: "未启用1项，调整1项", style: "bad" })
    );
    expect(valueAt(rowOf("市乙局"), header.column)?.value).toBe("按规定检查");
    // A summary from a version that did not state its settings says so, never "as written".
    expect(valueAt(rowOf("市丙局"), header.column)?.value).toBe("未注明");
  });

  it("list the changes in full on the overview and under the department's table", () => {
    const text = overview.cells.map((c) => String(c.value)).join("\n");
    expect(text).toContain("检查设置有调整的单位（1个）");
    expect(text).toContain("其合规率与按规定检查的单位不可直接比较");
    const total = overview.cells.find((c) => c.value === "合计")!.row;
    const explainedHeader = overview.cells.find((c) => c.value === "已说明")!;
    expect(valueAt(total, explainedHeader.column)?.value).toBe(2);
    expect(text).toContain("本次检查未启用：“每月开展主题党日”，其要求未检查，不计入合规率。");
    const sheet = sheets.find((s) => s.name === "市甲局")!;
    const lines = sheet.cells.map((c) => String(c.value));
    expect(lines).toContain("本次检查未启用：“每月开展主题党日”，其要求未检查，不计入合规率。");
    expect(lines.some((l) => l.startsWith("另有2条提示经本单位核实已说明"))).toBe(true);
    expect(sheet.print.printArea).toMatch(/^A1:A\d+$/);
  });
});
