import { day } from "../../calendar/day";
import type { SheetInput } from "../../cell/types";
import { readWorkbook } from "../readWorkbook";

const read = (sheets: SheetInput[]) => readWorkbook(sheets, { asOfYear: 2026 });

describe("the annual dues table", () => {
  const annual = (
    headers: string[],
    row: (string | number)[],
    name = "2025年党费台账"
  ): SheetInput => ({
    name,
    values: [headers, row],
  });

  test.each([
    [["姓名", "所属支部", "党费基数", "全年应交党费", "全年实交党费"]],
    [["姓名", "支部", "月工资收入", "应交党费（全年）", "实交党费（全年）"]],
    [["党员姓名", "所在支部", "缴存基数", "年度应缴党费", "年度实缴党费"]],
  ])("%p is read as one twelve-month row per member", (headers) => {
    const { dues } = read([annual(headers, ["王五", "第一党支部", 5000, 600, 550])]);
    expect(dues?.form).toBe("annual");
    expect(dues?.records).toEqual([
      {
        row: 2,
        branch: "第一党支部",
        name: "王五",
        personCategory: undefined,
        months: { from: { year: 2025, month: 1 }, to: { year: 2025, month: 12 } },
        base: 5000,
        ratio: undefined,
        due: 600,
        paid: 550,
        remark: undefined,
      },
    ]);
  });

  test("a 实交党费 without （全年） is the monthly column: the template's form, missing its months", () => {
    const { dues, issues } = read([
      annual(["姓名", "支部", "应交党费", "实交党费"], ["王五", "第一党支部", 50, 50]),
    ]);
    expect(dues?.form).toBe("rows");
    expect(
      issues
        .filter((i) => i.type === "missing-column")
        .map((i) => i.type === "missing-column" && i.field)
    ).toEqual(["months"]);
  });
});

describe("the training hours table", () => {
  const hours = (headers: string[], ...rows: (string | number)[][]): SheetInput => ({
    name: "2025年度党员学时统计",
    values: [headers, ...rows],
  });

  test("集中 and 网络 hours become training hours of those categories, dated 1 January", () => {
    const { training } = read([
      hours(
        ["姓名", "所在支部", "集中学时", "网络学时", "全年学时"],
        ["王五", "第一党支部", 20, 16, 36]
      ),
    ]);
    expect(training?.form).toBe("hours");
    const start = { day: day(2025, 1, 1), monthOnly: true };
    expect(training?.records).toEqual([
      {
        row: 2,
        name: "王五",
        branch: "第一党支部",
        role: undefined,
        category: "集中培训",
        start,
        hours: 20,
      },
      {
        row: 2,
        name: "王五",
        branch: "第一党支部",
        role: undefined,
        category: "网络培训",
        start,
        hours: 16,
      },
    ]);
  });

  test("全年学时 alone counts, without a category", () => {
    const { training } = read([hours(["姓名", "支部", "学时合计"], ["王五", "第一党支部", 40])]);
    expect(training?.records.map((r) => [r.category, r.hours])).toEqual([["", 40]]);
  });

  test("a list of names and branches without hours is no hours table", () => {
    const { training } = read([hours(["姓名", "支部", "职务"], ["王五", "第一党支部", "党员"])]);
    expect(training?.form).toBe("rows");
  });

  test("the template's training rows still win", () => {
    const { training } = read([
      {
        name: "培训台账",
        values: [
          ["姓名", "培训类别", "开始日期", "学时"],
          ["王五", "集中轮训", "2025-03-01", 24],
        ],
      },
    ]);
    expect(training?.form).toBe("rows");
  });
});
