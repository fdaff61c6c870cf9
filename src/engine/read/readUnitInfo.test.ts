import type { CellValue } from "../cell/types";
import type { ReadIssue } from "../model/ledgers";
import { readUnitInfo, unitInfoKeyCount } from "./readUnitInfo";
import { sheetOrigin } from "./sheetOrigin";

function read(values: CellValue[][], topLeft = "A1") {
  const issues: ReadIssue[] = [];
  const info = readUnitInfo("单位信息", values, sheetOrigin(topLeft), issues);
  return { info, issues };
}

describe("readUnitInfo", () => {
  test("key/value pairs, with a title row, notes beside values and keys written oddly", () => {
    const { info, issues } = read([
      ["2024年度党建台账单位信息", "", ""],
      ["单位名称：", "", "市某某局"],
      ["部门党组(党委)书记", "王五（局长）", "填写党组书记姓名"],
      ["机关党委书记", "赵六", ""],
      ["*年度", "2024年", ""],
      ["党费集中交纳日", "每月20日", ""],
      ["党课频率", "季度", ""],
    ]);
    expect(issues).toEqual([]);
    expect(info).toEqual({
      unitName: "市某某局",
      departmentSecretary: "王五",
      agencySecretary: "赵六",
      year: 2024,
      collectionDay: 20,
      lectureFrequency: "quarter",
      rows: {
        unitName: 2,
        departmentSecretary: 3,
        agencySecretary: 4,
        year: 5,
        collectionDay: 6,
        lectureFrequency: 7,
      },
    });
  });

  test("keys as a header row with the values in the row below", () => {
    const { info, issues } = read([
      ["单位名称", "部门党组（党委）书记", "年度", "党课频率"],
      ["市某某局", "王五", 2024, "半年"],
    ]);
    expect(issues).toEqual([]);
    expect(info).toEqual({
      unitName: "市某某局",
      departmentSecretary: "王五",
      year: 2024,
      lectureFrequency: "half-year",
      rows: { unitName: 2, departmentSecretary: 2, year: 2, lectureFrequency: 2 },
    });
  });

  test("the sign-off of the 汇总表: 填报人, 联系电话, 审核人, 填报日期", () => {
    const { info, issues } = read([
      ["单位名称", "市某某局"],
      ["填报人", "陈静"],
      ["联系电话", "021-12345678"],
      ["审核人", "李明"],
      ["填报日期", "2026年1月15日"],
    ]);
    expect(issues).toEqual([]);
    expect(info).toMatchObject({
      reporter: "陈静",
      reporterPhone: "021-12345678",
      reviewer: "李明",
      reportDate: { monthOnly: false },
    });
  });

  // A contact list has 联系电话 and people's names: that alone does not make a sheet 单位信息.
  test("the sign-off keys do not count towards recognising the sheet", () => {
    expect(unitInfoKeyCount([["姓名", "联系电话", "填报人", "审核人"]])).toBe(0);
    expect(unitInfoKeyCount([["单位名称", "联系电话", "年度"]])).toBe(2);
  });

  test("a value written in the key cell after a colon", () => {
    const { info } = read([["单位名称：市某某局"], ["年度：2024"]]);
    expect(info).toMatchObject({ unitName: "市某某局", year: 2024 });
  });

  test("rows are real sheet rows when the used range starts lower", () => {
    const { info } = read([["年度", 2024]], "C5");
    expect(info.rows).toEqual({ year: 5 });
  });

  test("a blank value is no issue; its key's row is still recorded", () => {
    const { info, issues } = read([
      ["单位名称", "市某某局"],
      ["机关党委书记", ""],
      ["年度", 2024],
    ]);
    expect(issues).toEqual([]);
    expect(info.agencySecretary).toBeUndefined();
    expect(info.rows.agencySecretary).toBe(2);
  });

  test("unreadable values become issues on the value's cell", () => {
    const { info, issues } = read(
      [
        ["年度", "明年"],
        ["党课频率", "经常"],
      ],
      "B2"
    );
    expect(info.year).toBeUndefined();
    expect(issues).toEqual([
      {
        type: "unreadable-cell",
        ledger: "unitInfo",
        sheet: "单位信息",
        row: 2,
        column: "C",
        field: "year",
        header: "年度",
        text: "明年",
        blank: false,
        expected: "count",
      },
      expect.objectContaining({ row: 3, column: "C", field: "lectureFrequency", text: "经常" }),
    ]);
  });

  test("the first occurrence of a key wins", () => {
    const { info } = read([
      ["年度", 2024],
      ["年度", 2023],
    ]);
    expect(info.year).toBe(2024);
  });

  test("an empty sheet has no settings", () => {
    expect(read([]).info).toEqual({ rows: {} });
  });

  test("unitInfoKeyCount counts distinct keys", () => {
    expect(
      unitInfoKeyCount([
        ["单位名称", "x", "年度", 2024],
        ["年度", 2023],
      ])
    ).toBe(2);
    expect(unitInfoKeyCount([["支部", "姓名"]])).toBe(0);
  });
});

describe("readUnitInfo: the template's 项目 | 填写内容 | 说明 table", () => {
  // A value left blank must not be read from the 说明 beside it.
  test("each value comes from under 填写内容; a blank one stays blank", () => {
    const { info, issues } = read([
      ["2025年度单位信息", "", ""],
      ["项目", "填写内容", "说明"],
      ["单位名称", "市某某局", "本单位全称，如“市某某局”"],
      ["年度", "", "检查年度，四位数字，如2025"],
      ["党课频率", "半年", "季度、半年或年，留空按每季度检查"],
      ["部门党组（党委）书记", "", "部门党组（党委）书记姓名"],
    ]);
    expect(issues).toEqual([]);
    expect(info).toEqual({
      unitName: "市某某局",
      lectureFrequency: "half-year",
      rows: { unitName: 3, year: 4, lectureFrequency: 5, departmentSecretary: 6 },
    });
  });

  test("an earlier template with the notes on the left reads the same", () => {
    const { info } = read([
      ["说明", "项目", "填写内容"],
      ["检查年度，如2025", "年度", 2025],
      ["部门党组（党委）书记姓名", "部门党组（党委）书记", ""],
    ]);
    expect(info).toEqual({ year: 2025, rows: { year: 2, departmentSecretary: 3 } });
  });
});
