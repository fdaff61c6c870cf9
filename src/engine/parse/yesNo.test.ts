import type { CellValue } from "../cell/types";
import { BLANK, INVALID } from "./result";
import { parseYesNo } from "./yesNo";

test.each<[CellValue]>([
  ["是"],
  ["Y"],
  ["y"],
  ["yes"],
  ["YES"],
  ["Yes"],
  ["√"],
  ["✓"],
  ["✔"],
  ["有"],
  ["已设"],
  ["设"],
  ["TRUE"],
  ["true"],
  [true],
  [1],
  ["1"],
  ["１"],
  [" 是 "],
  ["是（兼任）"],
])("%p → yes", (value) => expect(parseYesNo(value)).toEqual({ ok: true, value: true }));

test.each<[CellValue]>([
  ["否"],
  ["N"],
  ["n"],
  ["no"],
  ["No"],
  ["×"],
  ["x"],
  ["✗"],
  ["✘"],
  ["无"],
  ["未设"],
  ["不设"],
  ["FALSE"],
  [false],
  [0],
  ["0"],
  ["否（未满7人）"],
  ["否 (正式党员不足7人)"],
])("%p → no", (value) => expect(parseYesNo(value)).toEqual({ ok: true, value: false }));

test.each<[CellValue]>([
  [2],
  [0.5],
  [-1],
  [NaN],
  [Infinity],
  ["是否"],
  ["待定"],
  ["不详"],
  ["是/否"],
  ["maybe"],
  ["#N/A"],
  ["=TRUE()"],
  ["👍"],
])("rejects %p", (value) => expect(parseYesNo(value)).toEqual(INVALID));

test("blank", () => {
  expect(parseYesNo("")).toEqual(BLANK);
  expect(parseYesNo(" \n")).toEqual(BLANK);
});
