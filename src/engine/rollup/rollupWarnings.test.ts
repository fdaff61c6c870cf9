import { SUMMARY_DATA_FORMAT, type SummaryData } from "../summary/summaryData";
import type { RollupEntry } from "./buildRollup";
import { buildRollup } from "./buildRollup";
import { rollupWarnings } from "./rollupWarnings";

function entry(file: string, unitName: string | null, year = 2025): RollupEntry {
  const data: SummaryData = {
    format: SUMMARY_DATA_FORMAT,
    version: "0.1.0",
    unitName,
    year,
    asOf: `${year + 1}-01-15`,
    checkedAt: `${year + 1}-01-15 09:00`,
    locale: "zh-CN",
    totals: { error: 1, warning: 0, reminder: 0, unreadable: 0 },
    complianceRate: 0.9,
    branches: [],
    branchTable: { height: 0, width: 0, columnWidths: [], cells: [], merges: [] },
  };
  return { file, data };
}

describe("rollupWarnings", () => {
  test("a department sent twice, however its name is spaced or written", () => {
    const warnings = rollupWarnings(
      [
        entry("甲局.xlsx", "市甲局机关党委"),
        entry("乙局.xlsx", "市乙局机关党委"),
        entry("甲局（补报）.xlsx", " 市甲局 机关党委"),
      ],
      "zh-CN"
    );
    expect(warnings).toEqual([
      "“市甲局机关党委”的汇总表出现了2次（甲局.xlsx、甲局（补报）.xlsx），可能重复报送，合计中也重复计算了；请核对后只保留一份。",
    ]);
  });

  test("summaries of different years, each year with its files", () => {
    const warnings = rollupWarnings(
      [
        entry("a.xlsx", "市甲局", 2025),
        entry("b.xlsx", "市乙局", 2024),
        entry("c.xlsx", "市丙局", 2025),
      ],
      "zh-CN"
    );
    expect(warnings).toEqual([
      "所汇总的汇总表年度不一致：2024年度：b.xlsx；2025年度：a.xlsx、c.xlsx。请核对是否混入了其他年度的汇总表。",
    ]);
  });

  test("nothing to say of distinct departments of one year; unnamed ones are not compared", () => {
    expect(
      rollupWarnings(
        [entry("a.xlsx", "市甲局"), entry("b.xlsx", null), entry("c.xlsx", null)],
        "zh-CN"
      )
    ).toEqual([]);
  });

  test("in English", () => {
    expect(
      rollupWarnings([entry("a.xlsx", "市甲局"), entry("b.xlsx", "市甲局", 2024)], "en-US")
    ).toEqual([
      "“市甲局” sent 2 summaries (a.xlsx, b.xlsx): probably sent twice, and counted twice in the totals; keep one.",
      "The summaries are of different years: 2024: b.xlsx; 2025: a.xlsx. Check that none of another year slipped in.",
    ]);
  });

  test("stand on the roll-up's first sheet, under 请注意", () => {
    const [overview] = buildRollup({
      entries: [entry("a.xlsx", "市甲局"), entry("b.xlsx", "市甲局")],
      skipped: [],
      createdAt: "2026-01-20 10:00",
      version: "0.1.0",
      locale: "zh-CN",
    });
    const texts = overview?.cells.map((c) => String(c.value)) ?? [];
    expect(texts).toContain("请注意");
    expect(texts.some((t) => t.startsWith("“市甲局”的汇总表出现了2次"))).toBe(true);
  });
});
