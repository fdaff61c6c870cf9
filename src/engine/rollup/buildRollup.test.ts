import { SUMMARY_DATA_FORMAT, type SummaryData } from "../summary/summaryData";
import { buildRollup, rankEntries, ROLLUP_MARKER, type RollupEntry } from "./buildRollup";
import { isSummaryMarker } from "../workbook/markers";

function department(
  unitName: string | null,
  rate: number | null,
  error: number,
  year = 2025
): SummaryData {
  return {
    format: SUMMARY_DATA_FORMAT,
    version: "0.1.0",
    unitName,
    year,
    asOf: `${year + 1}-01-15`,
    checkedAt: `${year + 1}-01-15 09:00`,
    locale: "zh-CN",
    totals: { error, warning: 1, reminder: 0, unreadable: 0 },
    complianceRate: rate,
    branches: [{ branch: "第一党支部", error, warning: 1, complianceRate: rate }],
    branchTable: {
      height: 3,
      width: 2,
      columnWidths: [16, 8],
      cells: [
        { row: 0, column: 0, value: "支部", style: "header" },
        { row: 0, column: 1, value: "党员大会", style: "header" },
        { row: 1, column: 1, value: "一季度", style: "header" },
        { row: 2, column: 0, value: "第一党支部", style: "cell" },
        { row: 2, column: 1, value: "✓", style: "ok" },
      ],
      merges: [{ firstRow: 0, lastRow: 1, firstColumn: 0, lastColumn: 0 }],
    },
  };
}

const entries: RollupEntry[] = [
  { file: "a.xlsx", data: department("市甲局机关党委", 0.8, 3) },
  { file: "b.xlsx", data: department("市乙局机关党委", 0.95, 1) },
  { file: "c.xlsx", data: department(null, null, 0) },
  { file: "d.xlsx", data: department("市丁局机关党委", 0.8, 2) },
  { file: "e.xlsx", data: department("市甲局机关党委", 0.5, 9) },
];

const text = (sheet: { cells: { value: string | number }[] }): string =>
  sheet.cells.map((c) => String(c.value)).join("|");

describe("buildRollup", () => {
  test("ranks by compliance, then fewer errors; no rate comes last", () => {
    expect(rankEntries(entries).map((e) => e.file)).toEqual([
      "b.xlsx",
      "d.xlsx",
      "a.xlsx",
      "e.xlsx",
      "c.xlsx",
    ]);
  });

  const sheets = buildRollup({
    entries,
    skipped: [{ file: "notes.xlsx", reason: "文件中没有党建台账检查生成的汇总表" }],
    createdAt: "2026-02-01 10:00",
    version: "0.1.0",
    locale: "zh-CN",
  });

  test("an overview, then one sheet per department with unique valid names", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "各单位汇总",
      "市乙局机关党委",
      "市丁局机关党委",
      "市甲局机关党委",
      "市甲局机关党委(2)",
      "（未填写单位名称）",
    ]);
  });

  test("the overview lists every department with totals and the skipped files with reasons", () => {
    const overview = text(sheets[0]!);
    expect(overview).toContain("2025年度党建台账检查汇总（5个单位）");
    expect(overview).toContain("notes.xlsx");
    expect(overview).toContain("文件中没有党建台账检查生成的汇总表");
    const totalRow = sheets[0]!.cells.find((c) => c.value === "合计")!.row;
    const errorsTotal = sheets[0]!.cells.find((c) => c.row === totalRow && c.column === 5);
    expect(errorsTotal?.value).toBe(15);
  });

  test("a department sheet reproduces the branch table below its title", () => {
    const sheet = sheets[1]!;
    expect(text(sheet)).toContain("市乙局机关党委2025年度各支部落实情况");
    expect(sheet.cells).toContainEqual(
      expect.objectContaining({ row: 6, column: 1, value: "✓", style: "ok" })
    );
    expect(sheet.merges).toContainEqual(expect.objectContaining({ address: "A4:A5" }));
    expect(sheet.columnWidths).toEqual([16, 8]);
  });

  test("roll-up sheets carry their own marker and are never taken for a department's summary", () => {
    for (const sheet of sheets) {
      expect(sheet.marker).toEqual(ROLLUP_MARKER);
      expect(isSummaryMarker(ROLLUP_MARKER.value)).toBe(false);
    }
  });

  test("departments of several years get a title without a year", () => {
    const mixed = buildRollup({
      entries: [entries[0]!, { file: "x.xlsx", data: department("市戊局", 0.9, 0, 2024) }],
      skipped: [],
      createdAt: "now",
      version: "0.1.0",
      locale: "en-US",
    });
    expect(text(mixed[0]!)).toContain("Party-Building Ledger Check Roll-up (2 departments)");
  });
});
