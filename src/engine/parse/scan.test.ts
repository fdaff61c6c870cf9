import { clean, readCell, stripSpaces, stripTrailingNotes, unifyDashes } from "./scan";

test("readCell sorts cells by what they hold", () => {
  expect(readCell("")).toEqual({ kind: "blank" });
  expect(readCell(" \u3000\n")).toEqual({ kind: "blank" });
  expect(readCell(0)).toEqual({ kind: "number", value: 0 });
  expect(readCell(NaN)).toEqual({ kind: "invalid" });
  expect(readCell(-Infinity)).toEqual({ kind: "invalid" });
  expect(readCell(false)).toEqual({ kind: "boolean", value: false });
  expect(readCell(" ２０２４年\n３月 ")).toEqual({ kind: "text", text: "2024年 3月" });
  expect(readCell("x".repeat(201))).toEqual({ kind: "invalid" });
  expect(readCell("x".repeat(201), 1000)).toEqual({ kind: "text", text: "x".repeat(201) });
});

test("unifyDashes turns every dash into a hyphen", () => {
  expect(unifyDashes("2024.01—2024.03–04‒05―06−07﹣08")).toBe("2024.01-2024.03-04-05-06-07-08");
});

test("stripSpaces removes all whitespace", () => {
  expect(stripSpaces(" 12 名\n")).toBe("12名");
});

test.each([
  ["否(未满7人)", "否"],
  ["张三 (书记) (主持)", "张三"],
  ["张三【代】", "张三"],
  ["张三[主持]", "张三"],
  ["(书记)", ""],
  ["张三(书记", "张三(书记"],
  ["(甲)张三", "(甲)张三"],
])("stripTrailingNotes(%p) = %p", (text, expected) =>
  expect(stripTrailingNotes(text)).toBe(expected)
);

test("clean removes binary noise only", () => {
  expect(clean(1.5 / 100)).toBe(0.015);
  expect(clean(0.1 + 0.2)).toBe(0.3);
  expect(clean(11.999999999999998)).toBe(12);
  expect(clean(1234.56)).toBe(1234.56);
});
