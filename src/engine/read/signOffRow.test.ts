import type { CellValue } from "../cell/types";
import { isSignOffRow } from "./signOffRow";

const CASES: [string, CellValue[], boolean][] = [
  [
    "one cell with every label",
    ["填表人：张三　审核人：李四　联系电话：64321234　填报日期：2024年12月31日"],
    true,
  ],
  [
    "labels with their values in the same cells",
    ["填表人：张三", "", "审核人：李四", "", "联系电话：64321234"],
    true,
  ],
  [
    "bare labels each followed by its value",
    ["填表人：", "张三", "", "审核人：", "李四", "填报日期：", 45657],
    true,
  ],
  ["starting in a later column", ["", "", "制表人：王五", "负责人：赵六"], true],
  ["full-width colon and spaces", ["填 表 人：张三", "审核日期：2024-12-31"], true],
  ["the seal line", ["（盖章）"], true],
  ["a label and the unit's seal", ["填报人：张三", "市某某局机关党委（盖章）"], true],
  ["负责人 alone", ["负责人：李四"], true],
  ["the unit's seal alone, in the last column", ["", "", "", "市某某局机关党委（盖章）"], true],
  ["a record of a branch", ["第一党支部", "党员大会", 45383], false],
  ["a record whose later cell mentions a label", ["第一党支部", "填表人：张三"], false],
  ["a value without its label", ["填表人：张三", "李四"], false],
  ["a member named like nothing here", ["联合党支部", "张三"], false],
  ["a blank row", ["", "", ""], false],
  ["a number first", [1, "填表人：张三"], false],
];

describe("isSignOffRow", () => {
  test.each(CASES)("%s", (_name, row, expected) => {
    expect(isSignOffRow(row)).toBe(expected);
  });
});
