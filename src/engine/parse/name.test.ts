import type { CellValue } from "../cell/types";
import { parseName, parseNameList } from "./name";
import { BLANK, INVALID } from "./result";

describe("parseName", () => {
  test.each<[CellValue, string]>([
    ["张三", "张三"],
    [" 张三 ", "张三"],
    ["张  三", "张三"],
    ["张\u3000三", "张三"],
    ["欧阳 修", "欧阳修"],
    ["张三（书记）", "张三"],
    ["张三(支部书记)", "张三"],
    ["张三（主持）", "张三"],
    ["张三（代）", "张三"],
    ["张三 （书记）（主持）", "张三"],
    ["张三【代】", "张三"],
    ["阿依古丽·买买提", "阿依古丽·买买提"],
    ["阿依古丽•买买提", "阿依古丽·买买提"],
    ["阿依古丽・买买提", "阿依古丽·买买提"],
    ["John Smith", "John Smith"],
    ["John   Smith", "John Smith"],
    ["Ｊｏｈｎ Ｓｍｉｔｈ", "John Smith"],
    ["Mary O'Brien-Lee", "Mary O'Brien-Lee"],
    ["J. Smith", "J. Smith"],
  ])("%p → %p", (value, name) => expect(parseName(value)).toEqual({ ok: true, value: name }));

  test.each<[CellValue]>([
    ["123"],
    ["——"],
    ["？？"],
    ["（书记）"],
    ["..."],
    ["张三2"],
    ["全体党员"],
    ["全体支委"],
    ["共12人"],
    ["张三等"],
    ["张三、李四"],
    ["=SUM(A1)"],
    ["#N/A"],
    ["#VALUE!"],
    ["😀"],
    [42],
    [true],
    [NaN],
    ["张".repeat(100)],
  ])("rejects %p", (value) => expect(parseName(value)).toEqual(INVALID));

  test("blank", () => {
    expect(parseName("")).toEqual(BLANK);
    expect(parseName("\u3000 ")).toEqual(BLANK);
  });
});

describe("parseNameList", () => {
  test.each<[CellValue, string[]]>([
    ["张三", ["张三"]],
    ["张三、李四", ["张三", "李四"]],
    ["张三，李四,王五", ["张三", "李四", "王五"]],
    ["张三；李四;王五", ["张三", "李四", "王五"]],
    ["张三／李四/王五", ["张三", "李四", "王五"]],
    ["张三 李四  王五", ["张三", "李四", "王五"]],
    ["张三\n李四\r\n王五", ["张三", "李四", "王五"]],
    ["张三、李四、张三", ["张三", "李四"]],
    ["张三（主持）、李四（记录）", ["张三", "李四"]],
    ["张三（书记/主持）、李四", ["张三", "李四"]],
    ["张  三、李四", ["张三", "李四"]],
    ["赵  六 李四", ["赵六", "李四"]],
    ["李四 赵  六", ["李四", "赵六"]],
    ["欧阳 修 李四", ["欧阳修", "李四"]],
    ["李四 欧阳 修", ["李四", "欧阳修"]],
    ["张 三丰、李四", ["张三丰", "李四"]],
    ["张三、、李四、", ["张三", "李四"]],
    ["John Smith, Jane Doe", ["John Smith", "Jane Doe"]],
    ["John Smith\nJane Doe", ["John Smith", "Jane Doe"]],
    ["张三、John Smith", ["张三", "John Smith"]],
    ["无", []],
  ])("%p → %p", (value, names) => expect(parseNameList(value)).toEqual({ ok: true, value: names }));

  test.each<[CellValue]>([
    ["共12人"],
    ["全体党员"],
    ["全体党员（12人）"],
    ["张三等5人"],
    ["张三、李四等"],
    ["张三、123"],
    ["、，"],
    ["#N/A"],
    [12],
    [false],
  ])("rejects %p", (value) => expect(parseNameList(value)).toEqual(INVALID));

  test("blank", () => expect(parseNameList("  ")).toEqual(BLANK));
});
