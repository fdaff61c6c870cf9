import type { SheetInput } from "../cell/types";
import type { ReadIssue } from "../model/ledgers";
import { isIgnoredSheet, ledgerOfName, recognizeSheets, yearsInName } from "./recognizeSheets";

const MEETING_HEADERS = ["支部", "会议类型", "会议日期", "主题"];
const DUES_HEADERS = ["支部", "姓名", "人员类别", "所属月份", "党费基数", "应交党费", "实交党费"];
const MEMBER_HEADERS = ["姓名", "所在支部", "党员类别", "人员类别"];

const sheet = (name: string, headers: string[] = []): SheetInput => ({ name, values: [headers] });

/** Which input sheet each recognised ledger took. */
function recognized(sheets: SheetInput[]): Record<string, string> {
  return Object.fromEntries([...recognizeSheets(sheets)].map(([ledger, s]) => [ledger, s.name]));
}

describe("ledgerOfName", () => {
  test.each([
    ["会议台账", "meetings", 2],
    ["三会一课台账", "meetings", 2],
    [" 党费收缴台账 ", "dues", 2],
    ["党员花名册", "members", 2],
    ["基本信息", "unitInfo", 2],
    ["2024年党费台账", "dues", 1],
    ["2024年会议台账", "meetings", 1],
    ["2024年党费交纳台账（第一党支部）", "dues", 1],
    ["ＸＸ局党员名册", "members", 1],
  ])("%p → %p", (name, ledger, rank) => {
    expect(ledgerOfName(name)).toEqual({ ledger, rank });
  });

  test.each(["Sheet1", "", "党建工作", "学习记录"])("%p names no ledger", (name) => {
    expect(ledgerOfName(name)).toBeUndefined();
  });
});

describe("isIgnoredSheet", () => {
  test.each([
    ["汇总表", true],
    ["汇总表 (2)", true],
    ["问题清单", true],
    ["问题清单（检查结果）", true],
    ["填表说明", true],
    ["使用说明", true],
    ["会议台账", false],
    ["党费汇总", false],
  ])("%p → %p", (name, ignored) => {
    expect(isIgnoredSheet(name)).toBe(ignored);
  });
});

describe("recognizeSheets", () => {
  test("by name and by alias", () => {
    expect(
      recognized([sheet("组织生活台账", MEETING_HEADERS), sheet("党费交纳台账", DUES_HEADERS)])
    ).toEqual({ meetings: "组织生活台账", dues: "党费交纳台账" });
  });

  test("by a name that contains the ledger's name", () => {
    expect(recognized([sheet("2024年党费台账", DUES_HEADERS)])).toEqual({ dues: "2024年党费台账" });
  });

  test("by headers when the sheet is named Sheet1", () => {
    expect(recognized([sheet("Sheet1", DUES_HEADERS), sheet("Sheet2", MEETING_HEADERS)])).toEqual({
      dues: "Sheet1",
      meetings: "Sheet2",
    });
  });

  test("by headers only with every required column present", () => {
    expect(recognized([sheet("Sheet1", ["支部", "会议类型", "主题"])])).toEqual({});
  });

  test("a sheet named exactly is that ledger even without its columns", () => {
    expect(recognized([sheet("会议台账", ["序号", "备注"])])).toEqual({ meetings: "会议台账" });
  });

  test("an exact name beats a containing one; a name beats headers", () => {
    expect(
      recognized([
        sheet("2023年会议台账", MEETING_HEADERS),
        sheet("Sheet1", MEETING_HEADERS),
        sheet("会议台账", MEETING_HEADERS),
      ])
    ).toEqual({ meetings: "会议台账" });
  });

  test("between two containing names, the better header row wins, then the earlier sheet", () => {
    expect(
      recognized([sheet("会议台账（旧）", ["支部"]), sheet("会议台账（新）", MEETING_HEADERS)])
    ).toEqual({ meetings: "会议台账（新）" });
    expect(
      recognized([
        sheet("会议台账（一）", MEETING_HEADERS),
        sheet("会议台账（二）", MEETING_HEADERS),
      ])
    ).toEqual({ meetings: "会议台账（一）" });
  });

  test("a containing name yields to headers that clearly fit another ledger", () => {
    expect(recognized([sheet("党员基本信息", MEMBER_HEADERS)])).toEqual({
      members: "党员基本信息",
    });
  });

  test("an unnamed copy of a ledger that already has its sheet is not read as another ledger", () => {
    expect(recognized([sheet("党费台账", DUES_HEADERS), sheet("Sheet1", DUES_HEADERS)])).toEqual({
      dues: "党费台账",
    });
  });

  test("the summary sheet and instruction sheets are never ledgers", () => {
    expect(recognized([sheet("汇总表", MEETING_HEADERS), sheet("填表说明", DUES_HEADERS)])).toEqual(
      {}
    );
  });

  test("单位信息 by its keys, only for a sheet that fits no table", () => {
    const keys: SheetInput = {
      name: "Sheet3",
      values: [
        ["单位名称", "市某某局"],
        ["年度", 2024],
      ],
    };
    expect(recognized([keys])).toEqual({ unitInfo: "Sheet3" });
    expect(recognized([{ name: "Sheet3", values: [["单位名称", "市某某局"]] }])).toEqual({});
  });
});

describe("recognizeSheets: several sheets for one ledger", () => {
  const hidden = (name: string, headers: string[]): SheetInput => ({
    ...sheet(name, headers),
    hidden: true,
  });
  const choose = (sheets: SheetInput[], context = {}) => {
    const issues: ReadIssue[] = [];
    const chosen = recognizeSheets(sheets, context, issues);
    return { meetings: chosen.get("meetings")?.name, issues };
  };
  const lastYearFirst = [
    hidden("2023年三会一课台账", MEETING_HEADERS),
    sheet("2024年三会一课台账", MEETING_HEADERS),
  ];

  test("the sheet named for the checked year is used, and the others are named", () => {
    expect(choose(lastYearFirst, { year: 2024 })).toEqual({
      meetings: "2024年三会一课台账",
      issues: [
        {
          type: "several-sheets",
          ledger: "meetings",
          used: "2024年三会一课台账",
          unused: [{ name: "2023年三会一课台账", hidden: true }],
          reason: "year",
          year: 2024,
        },
      ],
    });
  });

  test("the checked year beats visibility: a hidden 2024 sheet before a visible 2023 one", () => {
    const sheets = [
      sheet("2023年会议台账", MEETING_HEADERS),
      hidden("2024年会议台账", MEETING_HEADERS),
    ];
    expect(choose(sheets, { year: 2024 }).meetings).toBe("2024年会议台账");
    expect(choose(sheets, { year: 2023 }).meetings).toBe("2023年会议台账");
  });

  test("without a year, a visible sheet beats a hidden one", () => {
    const { meetings, issues } = choose(lastYearFirst);
    expect(meetings).toBe("2024年三会一课台账");
    expect(issues).toMatchObject([{ reason: "visible", year: null }]);
  });

  test("the year 单位信息 states decides when the caller gives none", () => {
    const sheets = [
      sheet("2024年会议台账", MEETING_HEADERS),
      sheet("2023年会议台账", MEETING_HEADERS),
    ];
    expect(choose(sheets, { yearOfUnitSheet: () => 2023 }).meetings).toBe("2024年会议台账");
    const unit: SheetInput = {
      name: "单位信息",
      values: [
        ["单位名称", "市某某局"],
        ["年度", 2023],
      ],
    };
    expect(choose([...sheets, unit], { yearOfUnitSheet: () => 2023 }).meetings).toBe(
      "2023年会议台账"
    );
  });

  test("without any year, the newest year named up to the as-of year", () => {
    const sheets = [
      sheet("2023年会议台账", MEETING_HEADERS),
      sheet("2025年会议台账", MEETING_HEADERS),
      sheet("2024年会议台账", MEETING_HEADERS),
    ];
    expect(choose(sheets, { asOfYear: 2025 }).meetings).toBe("2025年会议台账");
    expect(choose(sheets, { asOfYear: 2024 }).meetings).toBe("2024年会议台账");
  });

  test("with the year known, a name without a year beats one holding another year", () => {
    const sheets = [sheet("2023年会议台账", MEETING_HEADERS), sheet("会议台账", MEETING_HEADERS)];
    expect(choose(sheets, { year: 2024 }).meetings).toBe("会议台账");
  });

  test("an unnamed copy loses to the named sheet and is listed as not used", () => {
    const { meetings, issues } = choose([
      sheet("Sheet1", MEETING_HEADERS),
      sheet("会议台账", MEETING_HEADERS),
    ]);
    expect(meetings).toBe("会议台账");
    expect(issues).toMatchObject([{ unused: [{ name: "Sheet1" }], reason: "name" }]);
  });

  test("one sheet per ledger: no issue", () => {
    expect(choose([sheet("会议台账", MEETING_HEADERS)]).issues).toEqual([]);
  });

  test("yearsInName reads four-digit years only", () => {
    expect(yearsInName("2024年三会一课台账")).toEqual([2024]);
    expect(yearsInName("2023-2024年度台账")).toEqual([2023, 2024]);
    expect(yearsInName("台账12024")).toEqual([]);
    expect(yearsInName("会议台账")).toEqual([]);
  });
});
