import fc from "fast-check";
import { day } from "../calendar/day";
import type { CellValue, SheetInput } from "../cell/types";
import type { LedgerId, ReadIssue } from "../model/ledgers";
import { readWorkbook } from "./readWorkbook";
import { headerLabel } from "./grid";

const MARCH_31 = day(2024, 3, 31);
const ALL_LEDGERS: LedgerId[] = ["branches", "members", "meetings", "lectures", "dues", "training"];

const unreadableIssues = (issues: ReadIssue[]) =>
  issues.filter((i) => i.type === "unreadable-cell");
const missingSheets = (issues: ReadIssue[]) =>
  issues.flatMap((i) => (i.type === "missing-sheet" ? [i.ledger] : []));

describe("readWorkbook: sign-off lines under a ledger are not records", () => {
  const workbook = readWorkbook([
    {
      name: "党课台账",
      values: [
        ["支部", "授课日期", "授课人", "题目"],
        ["第一党支部", "2024-03-05", "张三", "学习党章"],
        ["", "", "", ""],
        ["填表人：李四", "", "审核人：王五", ""],
        ["联系电话：", "64321234", "填报日期：", "2024年12月31日"],
        ["", "", "", "市某某局机关党委（盖章）"],
      ],
    },
    {
      name: "培训台账",
      values: [
        ["姓名", "培训类别", "开始日期"],
        ["张三", "集中轮训", "2024-05-06"],
        ["制表人：李四　负责人：赵六　审核日期：2025年1月5日", "", ""],
      ],
    },
  ]);

  test("only the records are read, and no cell of the sign-off is reported", () => {
    expect(workbook.lectures?.records.map((r) => r.row)).toEqual([2]);
    expect(workbook.training?.records.map((r) => r.row)).toEqual([2]);
    expect(unreadableIssues(workbook.issues)).toEqual([]);
  });
});

describe("readWorkbook: rows and columns", () => {
  const meetings: SheetInput = {
    name: "会议台账",
    topLeft: "B3",
    values: [
      ["2024年度三会一课台账", "", "", "", ""],
      ["填报单位：市某某局机关党委", "", "", "", ""],
      ["序号", "*支部", "会议\n类型", "会议时间", "实到人数(人)"],
      [1, "第一党支部", "党员大会、党课", MARCH_31, 12],
      [2, "", "支委会", "2024-04-02", "8人"],
      [3, "ＸＸ 党支部", "主题党日", "2024年4月", ""],
      ["", "", "", "", ""],
      ["合计", "", "", "", 20],
      ["填表说明：会议时间填写实际召开日期", "", "", "", ""],
    ],
    merges: ["B3:F3", "C6:C7"],
  };
  const workbook = readWorkbook([meetings]);

  // Headers are quoted in messages: without the template's star or the line break a header wraps at.
  test("the header row below a merged title is found, with real sheet rows and letters", () => {
    expect(workbook.meetings).toMatchObject({
      id: "meetings",
      sheet: "会议台账",
      headerRow: 5,
      columns: { branch: "C", types: "D", date: "E", attended: "F" },
      headers: { branch: "支部", types: "会议类型", date: "会议时间", attended: "实到人数(人)" },
    });
  });

  test("records carry real rows; merged 支部 cells name the branch on every row", () => {
    expect(workbook.meetings?.records).toEqual([
      {
        row: 6,
        branch: "第一党支部",
        types: ["general", "lecture"],
        typeText: "党员大会、党课",
        date: { day: MARCH_31, monthOnly: false },
        attended: 12,
      },
      {
        row: 7,
        branch: "第一党支部",
        types: ["committee"],
        typeText: "支委会",
        date: { day: day(2024, 4, 2), monthOnly: false },
        attended: 8,
      },
      {
        row: 8,
        branch: "XX党支部",
        types: ["theme-day"],
        typeText: "主题党日",
        date: { day: day(2024, 4, 1), monthOnly: true },
      },
    ]);
  });

  test("blank rows, totals and notes under the table are not records", () => {
    expect(workbook.meetings?.records.map((r) => r.row)).toEqual([6, 7, 8]);
    expect(unreadableIssues(workbook.issues)).toEqual([]);
  });

  test("every ledger without a sheet is reported, 单位信息 never", () => {
    expect(missingSheets(workbook.issues)).toEqual([
      "branches",
      "members",
      "lectures",
      "dues",
      "training",
    ]);
    expect(missingSheets(readWorkbook([]).issues)).toEqual(ALL_LEDGERS);
    expect(readWorkbook([]).unitInfo).toBeUndefined();
  });
});

describe("readWorkbook: unreadable cells", () => {
  const workbook = readWorkbook([
    {
      name: "会议台账",
      values: [
        ["支部", "会议类型", "会议日期", "应到人数", "主题"],
        ["第一党支部", "党员大会", "", 10, "学习"],
        ["第一党支部", "党员大会", "2024/13/45", "", ""],
        ["", "支委会", MARCH_31, "十人", ""],
      ],
    },
  ]);

  test("a blank or impossible required date is an issue on that cell; the record is kept", () => {
    const issues = unreadableIssues(workbook.issues);
    expect(issues).toEqual([
      {
        type: "unreadable-cell",
        ledger: "meetings",
        sheet: "会议台账",
        row: 2,
        column: "C",
        field: "date",
        header: "会议日期",
        text: "",
        blank: true,
        expected: "date",
      },
      expect.objectContaining({
        row: 3,
        column: "C",
        field: "date",
        text: "2024/13/45",
        blank: false,
      }),
      expect.objectContaining({
        row: 4,
        column: "A",
        field: "branch",
        text: "",
        blank: true,
        expected: "text",
      }),
      expect.objectContaining({
        row: 4,
        column: "D",
        field: "expected",
        text: "十人",
        expected: "count",
      }),
    ]);
    expect(workbook.meetings?.records.map((r) => [r.row, r.branch, r.date])).toEqual([
      [2, "第一党支部", undefined],
      [3, "第一党支部", undefined],
      [4, "", { day: MARCH_31, monthOnly: false }],
    ]);
  });

  test("blank optional cells are no issue", () => {
    expect(
      unreadableIssues(workbook.issues).some(
        (i) => i.type === "unreadable-cell" && i.row === 3 && i.field !== "date"
      )
    ).toBe(false);
  });
});

describe("readWorkbook: missing columns", () => {
  const workbook = readWorkbook([
    {
      name: "党费台账",
      values: [
        ["序号", "党支部", "党员姓名", "实交金额（元）", "备注"],
        [1, "第一党支部", "张三", "￥1,000.50", "补交"],
      ],
    },
  ]);

  test("a missing required column lists the accepted headers and the headers found", () => {
    expect(workbook.issues.filter((i) => i.type === "missing-column")).toEqual([
      {
        type: "missing-column",
        ledger: "dues",
        sheet: "党费台账",
        headerRow: 1,
        field: "months",
        accepted: ["所属月份", "月份", "交纳月份", "交费月份", "缴费起止月份"],
        found: ["序号", "党支部", "党员姓名", "实交金额（元）", "备注"],
      },
    ]);
  });

  test("the sheet still yields records from the columns it has", () => {
    expect(workbook.dues?.records).toEqual([
      { row: 2, branch: "第一党支部", name: "张三", paid: 1000.5, remark: "补交" },
    ]);
  });

  test("a sheet named as a ledger without any of its columns reports every required column", () => {
    const odd = readWorkbook([
      {
        name: "培训台账",
        values: [
          ["", ""],
          ["备", "注"],
        ],
      },
    ]);
    expect(odd.training).toMatchObject({ headerRow: 2, records: [] });
    expect(
      odd.issues
        .filter((i) => i.type === "missing-column")
        .map((i) => i.type === "missing-column" && i.field)
    ).toEqual(["name", "category", "start"]);
  });
});

describe("readWorkbook: every ledger", () => {
  const workbook = readWorkbook([
    {
      name: "基本信息",
      values: [
        ["单位名称", "市某某局"],
        ["年度", "2024"],
      ],
    },
    {
      name: "支部信息",
      values: [
        [
          "支部名称",
          "支部书记",
          "任职时间",
          "行政职务",
          "是否主要负责人（是/否）",
          "是否设支委会",
          "换届日期",
          "任期（年）",
        ],
        ["第一 党支部", "张三（书记）", "2024.3.31", "处长", "是", "√", "2022年5月10日", 3],
      ],
    },
    {
      name: "党员花名册",
      values: [
        [
          "党员姓名",
          "所在支部",
          "党小组",
          "党员类别",
          "人员类别",
          "党内职务",
          "是否领导干部",
          "转入日期",
        ],
        ["李 四", "第一党支部", "第一党小组", "预备党员", "在职", "支部委员", "否", "2024-02-01"],
      ],
    },
    {
      name: "党课台账",
      values: [
        ["支部", "授课时间", "主讲人", "授课人职务", "党课题目", "参加人数", "学时"],
        ["第一党支部", 45400, "张三", "处长", "学习党章", "15人", 2],
      ],
    },
    {
      name: "党费台账",
      values: [
        [
          "支部",
          "姓名",
          "人员类别",
          "缴费起止月份",
          "党费基数",
          "交纳比例",
          "应交党费",
          "实交党费",
          "交纳日期",
          "备注",
        ],
        [
          "第一党支部",
          "李四",
          "在职",
          "2024.01-2024.03",
          "8,000",
          "1.5%",
          120,
          "120.00元",
          "2024-01-20",
          "",
        ],
      ],
    },
    {
      name: "培训台账",
      values: [
        [
          "姓名",
          "支部",
          "党内职务",
          "培训班名称",
          "培训方式",
          "培训时间",
          "结束日期",
          "培训学时",
          "主办单位",
        ],
        [
          "张三",
          "第一党支部",
          "书记",
          "支部书记轮训班",
          "集中轮训",
          "2024-05-06",
          "2024-05-08",
          "24学时",
          "市委党校",
        ],
      ],
    },
  ]);

  test("no issues but the sheet not given", () => {
    expect(workbook.issues).toEqual([{ type: "missing-sheet", ledger: "meetings" }]);
  });

  test("单位信息", () => {
    expect(workbook.unitInfo).toEqual({
      sheet: "基本信息",
      info: { unitName: "市某某局", year: 2024, rows: { unitName: 1, year: 2 } },
    });
  });

  test("支部信息", () => {
    expect(workbook.branches?.records).toEqual([
      {
        row: 2,
        name: "第一党支部",
        secretary: "张三",
        secretaryAppointed: { day: MARCH_31, monthOnly: false },
        secretaryTitle: "处长",
        isPrincipal: true,
        hasCommittee: true,
        electionDate: { day: day(2022, 5, 10), monthOnly: false },
        termYears: 3,
      },
    ]);
  });

  test("党员名册", () => {
    expect(workbook.members?.records).toEqual([
      {
        row: 2,
        name: "李四",
        branch: "第一党支部",
        group: "第一党小组",
        memberCategory: "probationary",
        personCategory: "serving",
        partyRole: "committee-member",
        isLeader: false,
        transferredIn: { day: day(2024, 2, 1), monthOnly: false },
      },
    ]);
  });

  test("党课台账", () => {
    expect(workbook.lectures?.records).toEqual([
      {
        row: 2,
        branch: "第一党支部",
        date: { day: 45400, monthOnly: false },
        lecturer: "张三",
        lecturerTitle: "处长",
        title: "学习党章",
        participants: 15,
        hours: 2,
      },
    ]);
  });

  test("党费台账", () => {
    expect(workbook.dues?.records).toEqual([
      {
        row: 2,
        branch: "第一党支部",
        name: "李四",
        personCategory: "serving",
        months: { from: { year: 2024, month: 1 }, to: { year: 2024, month: 3 } },
        base: 8000,
        ratio: 0.015,
        due: 120,
        paid: 120,
        paidDate: { day: day(2024, 1, 20), monthOnly: false },
      },
    ]);
  });

  test("培训台账", () => {
    expect(workbook.training?.records).toEqual([
      {
        row: 2,
        name: "张三",
        branch: "第一党支部",
        role: "书记",
        course: "支部书记轮训班",
        category: "集中轮训",
        start: { day: day(2024, 5, 6), monthOnly: false },
        end: { day: day(2024, 5, 8), monthOnly: false },
        hours: 24,
        organizer: "市委党校",
      },
    ]);
  });
});

describe("readWorkbook: rows that are not records", () => {
  test("template rows whose only content is a merged-down 支部 or a 序号 are skipped", () => {
    const workbook = readWorkbook([
      {
        name: "会议台账",
        values: [
          ["序号", "支部", "会议类型", "会议日期"],
          [1, "第一党支部", "党员大会", "2024-03-05"],
          [2, "", "", ""],
          [3, "", "", ""],
          [4, "第二党支部", "支委会", "2024-03-06"],
        ],
        merges: ["B2:B4"],
      },
    ]);
    expect(workbook.meetings?.records.map((r) => r.row)).toEqual([2, 5]);
    expect(unreadableIssues(workbook.issues)).toEqual([]);
  });

  test("a repeat of the header row is skipped", () => {
    const workbook = readWorkbook([
      {
        name: "会议台账",
        values: [
          ["支部", "会议类型", "会议日期"],
          ["第一党支部", "党员大会", "2024-03-05"],
          ["支部", "会议类型", "会议日期"],
          ["第一党支部", "支委会", "2024-04-05"],
        ],
      },
    ]);
    expect(workbook.meetings?.records.map((r) => r.row)).toEqual([2, 4]);
    expect(unreadableIssues(workbook.issues)).toEqual([]);
  });
});

describe("readWorkbook never throws", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom<CellValue>(
      "",
      "支部",
      "会议类型",
      "会议日期",
      "姓名",
      "所属月份",
      "实交党费",
      "单位名称",
      "年度",
      "合计",
      "2024/13/45",
      "2024.01-2024.03",
      "党员大会、党课",
      NaN,
      Infinity,
      -Infinity,
      -0,
      1e300,
      true,
      false
    ),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.integer(),
    fc.double()
  );
  const sheetName = fc.oneof(
    fc.constantFrom(
      "会议台账",
      "党费台账",
      "单位信息",
      "Sheet1",
      "汇总表",
      "填表说明",
      "2024年党员名册",
      ""
    ),
    fc.string({ maxLength: 10 })
  );
  const address = fc.oneof(
    fc.constantFrom(
      "A1",
      "B3",
      "$C$2",
      "A1:C9",
      "B2:B4",
      "XFD1048576",
      "A0",
      "",
      "!",
      ":",
      "A1:B2:C3"
    ),
    fc.string({ maxLength: 8 })
  );
  const sheet: fc.Arbitrary<SheetInput> = fc.record(
    {
      name: sheetName,
      values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
      topLeft: address,
      merges: fc.array(address, { maxLength: 4 }),
    },
    { requiredKeys: ["name", "values"] }
  );

  test("on random grids: ragged rows, booleans, NaN, odd addresses and merges", () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 5 }), (sheets) => {
        const workbook = readWorkbook(sheets);
        expect(Array.isArray(workbook.issues)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  test("on empty sheets, empty rows, huge strings and holes", () => {
    const huge = "会议".repeat(500_000);
    const holey: CellValue[] = [];
    holey[5] = "支部";
    const sheets: SheetInput[] = [
      { name: "会议台账", values: [] },
      { name: "党费台账", values: [[], [], []] },
      {
        name: "党员名册",
        values: [
          [huge, "姓名", "所在支部"],
          ["张三", huge, huge],
        ],
      },
      { name: "支部信息", values: [holey, ["", "", "", "", "", "第一党支部"]] },
      { name: huge, values: [[huge]], topLeft: huge, merges: [huge] },
    ];
    const workbook = readWorkbook(sheets);
    expect(workbook.meetings?.records).toEqual([]);
    expect(workbook.branches?.records).toEqual([{ row: 2, name: "第一党支部" }]);
    const longest = Math.max(
      ...workbook.issues.map((i) => (i.type === "unreadable-cell" ? i.text.length : 0))
    );
    expect(longest).toBeLessThanOrEqual(101);
  });

  test("on values a careless host might send despite the types", () => {
    const odd = [
      null,
      { name: "会议台账", values: [null, ["支部", "会议类型", "会议日期"], [null, {}, []]] },
      { name: 42, values: "not a grid", merges: "A1:B2", topLeft: 7 },
    ] as unknown as SheetInput[];
    const workbook = readWorkbook(odd);
    expect(workbook.meetings?.headerRow).toBe(2);
  });
});

describe("readWorkbook: headers as messages quote them", () => {
  // The template marks required columns "*会议类型"; a message must read "（会议类型）".
  const workbook = readWorkbook([
    {
      name: "会议台账",
      values: [
        ["*支部", "＊会议\n类型", "*会议日期", "应到人数（人）"],
        ["第一党支部", "党员大会", "2024/13/45", 10],
      ],
    },
    { name: "党费台账", values: [["*党支部", "*党员姓名", "实交金额（元）"]] },
  ]);

  test("an unreadable cell names its header without the star", () => {
    expect(workbook.issues).toContainEqual(
      expect.objectContaining({ type: "unreadable-cell", row: 2, header: "会议日期" })
    );
    expect(workbook.meetings?.headers).toEqual({
      branch: "支部",
      types: "会议类型",
      date: "会议日期",
      expected: "应到人数（人）",
    });
  });

  test("a missing column lists the headers found without stars", () => {
    expect(workbook.issues).toContainEqual(
      expect.objectContaining({
        type: "missing-column",
        field: "months",
        found: ["党支部", "党员姓名", "实交金额（元）"],
      })
    );
  });
});

describe("headerLabel", () => {
  test.each([
    ["*会议类型", "会议类型"],
    ["＊ 会议类型 ", "会议类型"],
    ["会议\n类型", "会议类型"],
    ["*年度：", "年度"],
    ["党费基数 (元)", "党费基数 (元)"],
    ["Meeting type", "Meeting type"],
    [12, "12"],
  ])("%p → %p", (value, label) => {
    expect(headerLabel(value)).toBe(label);
  });
});
