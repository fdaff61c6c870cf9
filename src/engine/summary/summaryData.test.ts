import {
  decodeSummaryData,
  encodeSummaryData,
  SUMMARY_DATA_FORMAT,
  type SummaryData,
} from "./summaryData";

const data: SummaryData = {
  format: SUMMARY_DATA_FORMAT,
  version: "0.1.0",
  unitName: "市示范局机关党委",
  year: 2024,
  asOf: "2024-12-31",
  checkedAt: "2025-01-05 10:30",
  locale: "zh-CN",
  totals: { error: 3, warning: 2, reminder: 0, unreadable: 1 },
  complianceRate: 0.9,
  branches: [{ branch: "第一党支部", error: 3, warning: 2, complianceRate: 0.9 }],
  branchTable: {
    height: 1,
    width: 1,
    columnWidths: [16],
    cells: [{ row: 0, column: 0, value: "支部", style: "header" }],
    merges: [],
  },
};

describe("summary data in the hidden column", () => {
  test("round-trips through cell strings", () => {
    expect(decodeSummaryData(encodeSummaryData(data))).toEqual({ ok: true, data });
  });

  test("long data is split into cells under Excel's 32,767-character limit and joined back", () => {
    const big = { ...data, unitName: "党".repeat(70_000) };
    const chunks = encodeSummaryData(big);
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(32_767);
    expect(decodeSummaryData([...chunks, "", "after the gap"])).toEqual({ ok: true, data: big });
  });

  test.each([
    [[], "absent"],
    [[""], "absent"],
    [[42], "absent"],
    [["{not json"], "invalid"],
    [[JSON.stringify({ ...data, format: "other" })], "invalid"],
    [[JSON.stringify({ ...data, complianceRate: 7 })], "invalid"],
    [[JSON.stringify({ ...data, totals: { error: 1 } })], "invalid"],
  ])("%p reads as %s, never throwing", (cells, reason) => {
    expect(decodeSummaryData(cells)).toEqual({ ok: false, reason });
  });
});
