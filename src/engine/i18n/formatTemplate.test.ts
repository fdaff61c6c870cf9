import { formatTemplate } from "./formatTemplate";
import { formatAmount, formatDate, formatPercent, formatPeriod } from "./formatValue";

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
    expect(formatAmount(1234.5, "zh-CN")).toBe("1,234.50元");
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
