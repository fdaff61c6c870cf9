import { DUES_SCHEMA, MEETINGS_SCHEMA, TRAINING_SCHEMA } from "../schema/ledgerSchemas";
import { findHeaderRow, headerCandidates } from "./findHeaderRow";

const find = (grid: (string | number)[][], schema = MEETINGS_SCHEMA) =>
  findHeaderRow(headerCandidates(grid), schema);

describe("findHeaderRow", () => {
  test("finds the header below a merged title and a 填报单位 line", () => {
    const match = find([
      ["2024年度会议台账", "2024年度会议台账", "2024年度会议台账", "2024年度会议台账"],
      ["填报单位：xx局机关党委", "", "", ""],
      ["序号", "支部", "会议类型", "会议日期"],
      [1, "第一党支部", "党员大会", 45300],
    ]);
    expect(match).toMatchObject({ index: 2, accepted: true, missingRequired: [] });
    expect(Object.fromEntries(match?.columns ?? [])).toEqual({ branch: 1, types: 2, date: 3 });
  });

  test("odd headers and aliases: line breaks, stars, units, full width", () => {
    const match = find([
      ["*支部", "会议\n名称", "召开时间：", "应到人数(人)", "出席人数（人）", "ＸＸ"],
    ]);
    expect(Object.fromEntries(match?.columns ?? [])).toEqual({
      branch: 0,
      types: 1,
      date: 2,
      expected: 3,
      attended: 4,
    });
  });

  test("the row matching most columns wins over an earlier row matching fewer", () => {
    const match = find([
      ["支部", "日期"],
      ["支部", "会议类型", "会议日期", "主题"],
    ]);
    expect(match?.index).toBe(1);
  });

  test("a duplicated header: the first occurrence wins", () => {
    const match = find([["支部", "会议类型", "会议日期", "会议日期"]]);
    expect(match?.columns.get("date")).toBe(2);
  });

  test("two aliases of one column: the first column wins", () => {
    const match = find([["支部", "会议类型", "日期", "会议时间"]]);
    expect(match?.columns.get("date")).toBe(2);
  });

  test("rows below the scan limit are not headers", () => {
    const grid: string[][] = Array.from({ length: 30 }, () => ["说明文字"]);
    grid.push(["支部", "会议类型", "会议日期"]);
    expect(find(grid)).toBeUndefined();
    expect(find(grid.slice(1))?.index).toBe(29);
  });

  test("a single matching column is not accepted when required columns are missing", () => {
    expect(find([["备注", "日期", "其他"]])).toMatchObject({ accepted: false });
  });

  test("two matching columns are accepted even when a required one is missing", () => {
    const match = find([["支部", "会议类型", "主题"]]);
    expect(match).toMatchObject({ accepted: true });
    expect(match?.missingRequired.map((c) => c.field)).toEqual(["date"]);
  });

  test("all required columns of the dues ledger, with its aliases", () => {
    const match = find(
      [["所属党支部", "党员姓名", "缴费起止月份", "实交金额（元）", "应缴党费（元）"]],
      DUES_SCHEMA
    );
    expect(match).toMatchObject({ accepted: true, missingRequired: [] });
    expect(match?.columns.get("due")).toBe(4);
  });

  test("nothing matching → undefined", () => {
    expect(
      find(
        [
          ["a", "b"],
          [1, 2],
        ],
        TRAINING_SCHEMA
      )
    ).toBeUndefined();
    expect(find([])).toBeUndefined();
  });
});
