import { day } from "../../calendar/day";
import type { CellValue, SheetInput } from "../../cell/types";
import type { DuesRecord } from "../../model/ledgers";
import { readWorkbook } from "../readWorkbook";

const MONTHS = [
  "1月",
  "2月",
  "3月",
  "4月",
  "5月",
  "6月",
  "7月",
  "8月",
  "9月",
  "10月",
  "11月",
  "12月",
];

/** A register as a party committee's published template lays it out, below a title row. */
function register(rows: CellValue[][], title = "第一党支部2025年度党员党费交纳登记表"): SheetInput {
  return {
    name: "党员党费交纳登记表",
    values: [
      [title],
      ["序号", "姓名", "月工资收入", "执行标准", "月应缴党费", ...MONTHS, "全年合计", "备注"],
      ...rows,
      ["合计", "", "", "", "", ...MONTHS.map(() => ""), 1200, ""],
    ],
    merges: ["A1:R1"],
  };
}

const branches: SheetInput = {
  name: "支部信息",
  values: [
    ["支部名称", "书记"],
    ["第一党支部", "张三"],
    ["第二党支部", "李四"],
  ],
};

function read(sheets: SheetInput[], hints = { asOfYear: 2026 }) {
  const workbook = readWorkbook(sheets, hints);
  return { workbook, dues: workbook.dues, records: workbook.dues?.records ?? [] };
}

const byMonth = (records: readonly DuesRecord[], name: string) =>
  records
    .filter((r) => r.name === name && r.months)
    .map((r) => ({
      month: r.months?.from.month,
      to: r.months?.to.month,
      paid: r.paid,
      asDue: r.paidAsDue ?? false,
      date: r.paidDate?.day,
      cell: r.cell,
    }));

describe("the month-column dues register (党员党费交纳登记表)", () => {
  test("is recognised by its name and its month columns, without a 所属月份 column", () => {
    const { workbook, dues } = read([branches, register([[1, "王五", 6000, "1.5%", 90, 90]])]);
    expect(dues?.form).toBe("register");
    expect(workbook.issues.filter((i) => i.type === "missing-column")).toEqual([]);
    expect(dues?.register?.year).toBe(2025);
    expect(dues?.register?.yearSource).toBe("title");
    expect(dues?.register?.months.map((m) => m.column)).toEqual([
      "F",
      "G",
      "H",
      "I",
      "J",
      "K",
      "L",
      "M",
      "N",
      "O",
      "P",
      "Q",
    ]);
    expect(dues?.headerRow).toBe(2);
  });

  test("each month cell that records a payment is one payment of that month, at that cell", () => {
    const { records } = read([
      branches,
      register([
        [
          1,
          "王五",
          6000,
          "1.5%",
          90,
          90,
          "√",
          day(2025, 3, 20),
          "2025.4.18",
          "已交",
          "王五",
          "",
          "未交",
          "—",
          "免交",
          "×",
          45,
        ],
      ]),
    ]);
    expect(byMonth(records, "王五")).toEqual([
      { month: 1, to: 1, paid: 90, asDue: false, date: undefined, cell: "F" },
      { month: 2, to: 2, paid: 90, asDue: true, date: undefined, cell: "G" },
      { month: 3, to: 3, paid: 90, asDue: true, date: day(2025, 3, 20), cell: "H" },
      { month: 4, to: 4, paid: 90, asDue: true, date: day(2025, 4, 18), cell: "I" },
      { month: 5, to: 5, paid: 90, asDue: true, date: undefined, cell: "J" },
      { month: 6, to: 6, paid: 90, asDue: true, date: undefined, cell: "K" },
      { month: 10, to: 10, paid: 0, asDue: false, date: undefined, cell: "O" },
      { month: 12, to: 12, paid: 45, asDue: false, date: undefined, cell: "Q" },
    ]);
    const exempt = records.find((r) => r.months?.from.month === 10);
    expect(exempt?.remark).toBe("免交");
    // The row's terms travel with every month; the branch comes from the title.
    expect(records[0]).toMatchObject({
      base: 6000,
      ratio: 0.015,
      due: 90,
      branch: "第一党支部",
      row: 3,
    });
  });

  test("a member who paid nothing keeps one record with the row's terms and no month", () => {
    const { records } = read([branches, register([[1, "赵六", 4000, "1%", 40]])]);
    expect(records).toEqual([
      {
        row: 3,
        branch: "第一党支部",
        name: "赵六",
        personCategory: undefined,
        base: 4000,
        ratio: 0.01,
        due: 40,
        remark: undefined,
      },
    ]);
  });

  test("a month cell merged over a quarter is one payment for the quarter", () => {
    const sheet = register([[1, "王五", 6000, "1.5%", 90, 270, "", "", 270]]);
    sheet.merges = ["A1:R1", "F3:H3"];
    const { records } = read([branches, sheet]);
    expect(byMonth(records, "王五")).toEqual([
      { month: 1, to: 3, paid: 270, asDue: false, date: undefined, cell: "F" },
      { month: 4, to: 4, paid: 270, asDue: false, date: undefined, cell: "I" },
    ]);
  });

  test("an unreadable month cell is reported at its cell, under the month's header", () => {
    const { workbook, records } = read([
      branches,
      register([[1, "王五", 6000, "1.5%", 90, "交150元左右"]]),
    ]);
    expect(workbook.issues).toContainEqual(
      expect.objectContaining({
        type: "unreadable-cell",
        sheet: "党员党费交纳登记表",
        row: 3,
        column: "F",
        field: "monthPayment",
        header: "1月",
        text: "交150元左右",
      })
    );
    expect(byMonth(records, "王五")).toEqual([]);
  });

  test("a 支部 column wins over the title, and a title without a branch leaves it blank", () => {
    const withColumn = register([[1, "王五", "第二党支部", 90, 90]]);
    withColumn.values[1] = ["序号", "姓名", "所属支部", "月应缴党费", ...MONTHS];
    expect(read([branches, withColumn]).records[0]?.branch).toBe("第二党支部");
    const untitled = register([[1, "王五", 6000, "1.5%", 90, 90]], "党员党费交纳登记表");
    expect(read([branches, untitled]).records[0]?.branch).toBe("");
  });

  test("the year: the headers' own, else the title's, else the reporting year, else the as-of year", () => {
    const dated = register([[1, "王五", 6000, "1.5%", 90, 90]]);
    dated.values[1] = [
      "序号",
      "姓名",
      "月工资收入",
      "执行标准",
      "月应缴党费",
      ...MONTHS.map((m) => `2024年${m}`),
    ];
    expect(read([dated]).dues?.register).toMatchObject({ year: 2024, yearSource: "header" });

    const untitled = register([[1, "王五", 6000, "1.5%", 90, 90]], "党员党费交纳登记表");
    expect(read([untitled], { asOfYear: 2026, year: 2023 } as never).dues?.register).toMatchObject({
      year: 2023,
      yearSource: "option",
    });
    expect(read([untitled]).dues?.register).toMatchObject({ year: 2026, yearSource: "as-of" });
  });

  test("two header rows: 姓名 above, the months below a merged 交纳月份", () => {
    const sheet: SheetInput = {
      name: "Sheet1",
      values: [
        ["姓名", "月应缴党费", "交纳月份", "", ""],
        ["", "", "1月", "2月", "3月"],
        ["王五", 90, 90, 90, ""],
      ],
      merges: ["A1:A2", "B1:B2", "C1:E1"],
    };
    const { dues } = read([sheet], { asOfYear: 2025 });
    expect(dues?.form).toBe("register");
    expect(byMonth(dues?.records ?? [], "王五").map((m) => m.month)).toEqual([1, 2]);
  });

  test("months with 金额 / 日期 / 签名 sub-columns", () => {
    const sheet: SheetInput = {
      name: "党费登记表",
      values: [
        ["姓名", "月应缴党费", "1月", "", "", "2月", "", "", "3月", "", ""],
        [
          "",
          "",
          "金额",
          "交纳日期",
          "签名",
          "金额",
          "交纳日期",
          "签名",
          "金额",
          "交纳日期",
          "签名",
        ],
        ["王五", 90, 90, day(2025, 1, 20), "王五", "", "", "王五", "", "", ""],
        ["赵六", 40, "", "", "", "", "", "", "", "", ""],
      ],
      merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1", "I1:K1"],
    };
    const { records, dues } = read([sheet], { asOfYear: 2025 });
    expect(dues?.form).toBe("register");
    expect(dues?.register?.months.length).toBe(3);
    expect(byMonth(records, "王五")).toEqual([
      { month: 1, to: 1, paid: 90, asDue: false, date: day(2025, 1, 20), cell: "C" },
      { month: 2, to: 2, paid: 90, asDue: true, date: undefined, cell: "F" },
    ]);
    expect(records.filter((r) => r.name === "赵六")).toHaveLength(1);
  });

  test("the one-row form still wins when its header is complete", () => {
    const sheet: SheetInput = {
      name: "党费台账",
      values: [
        ["支部", "姓名", "所属月份", "实交党费", "1月", "2月", "3月"],
        ["第一党支部", "王五", "2025-01", 90, "", "", ""],
      ],
    };
    expect(read([sheet]).dues?.form).toBe("rows");
  });
});
