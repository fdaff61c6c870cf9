import { formatTemplate } from "./formatTemplate";
import {
  formatAmount,
  formatDate,
  formatMonths,
  formatPercent,
  formatPeriod,
  shortenSpans,
} from "./formatValue";

describe("formatTemplate", () => {
  test("interpolates plain and formatted values", () => {
    const data = { branch: "第一党支部", period: "2024-Q2", due: 15, date: "2024-03-05" };
    expect(
      formatTemplate("{branch}{period:period}应交{due:amount}，{date:date}", data, "zh-CN")
    ).toBe("第一党支部2024年第二季度应交15.00元，2024年3月5日");
    expect(formatTemplate("{branch} {period:period} {due:amount} {date:date}", data, "en-US")).toBe(
      "第一党支部 Q2 2024 ¥15.00 2024-03-05"
    );
  });

  test("leaves a placeholder without data visible", () => {
    expect(formatTemplate("缺少{name}", {}, "zh-CN")).toBe("缺少{name}");
  });
});

describe("value formats", () => {
  test.each([
    ["2024", "2024年度", "2024"],
    ["2024-H2", "2024年下半年", "H2 2024"],
    ["2024-Q4", "2024年第四季度", "Q4 2024"],
    ["2024-05", "2024年5月", "May 2024"],
    ["not a period", "not a period", "not a period"],
  ])("period %s", (key, zh, en) => {
    expect(formatPeriod(key, "zh-CN")).toBe(zh);
    expect(formatPeriod(key, "en-US")).toBe(en);
  });

  test("dates, amounts and percentages", () => {
    expect(formatDate("2024-12-01", "zh-CN")).toBe("2024年12月1日");
    expect(formatAmount(1234.5, "zh-CN")).toBe("1234.50元");
    expect(formatAmount(0.2, "en-US")).toBe("¥0.20");
    expect(formatPercent(0.015)).toBe("1.5%");
  });
});

describe("formatTemplate: member situations", () => {
  test("{status:status} names a 党员状态 key in the language; other text stays", () => {
    expect(formatTemplate("（{status:status}）", { status: "abroad" }, "zh-CN")).toBe(
      "（出国（境））"
    );
    expect(formatTemplate("({status:status})", { status: "seconded" }, "en-US")).toBe("(seconded)");
    expect(formatTemplate("{status:status}", { status: "其他" }, "zh-CN")).toBe("其他");
  });
});

describe("official wording", () => {
  test("yuan are written without thousands separators in Chinese", () => {
    expect(formatAmount(3000.01, "zh-CN")).toBe("3000.01元");
    expect(formatAmount(12000, "zh-CN")).toBe("12000.00元");
    expect(formatAmount(3000.01, "en-US")).toBe("¥3,000.01");
  });

  test.each([
    ["2025-07", "2025年7月", "Jul 2025"],
    ["2025-01..2025-03", "2025年1月至3月", "Jan–Mar 2025"],
    ["2024-11..2025-01", "2024年11月至2025年1月", "Nov 2024–Jan 2025"],
    ["", "", ""],
  ])("months %p", (value, zh, en) => {
    expect(formatMonths(value, "zh-CN")).toBe(zh);
    expect(formatMonths(value, "en-US")).toBe(en);
  });

  test("a span within one year names the year once", () => {
    expect(
      formatTemplate("自{from:period}至{to:period}", { from: "2025-03", to: "2025-08" }, "zh-CN")
    ).toBe("自2025年3月至8月");
    expect(
      formatTemplate("{a:date}至{b:date}", { a: "2025-03-05", b: "2025-04-01" }, "zh-CN")
    ).toBe("2025年3月5日至4月1日");
    expect(
      formatTemplate("自{from:period}至{to:period}", { from: "2024-11", to: "2025-02" }, "zh-CN")
    ).toBe("自2024年11月至2025年2月");
    expect(shortenSpans("2025年3月至2025年")).toBe("2025年3月至2025年");
  });
});
