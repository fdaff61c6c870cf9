import { plainCell } from "./cellValue";

describe("plainCell", () => {
  test.each([
    ["a number", 42.5, 42.5],
    ["a string", "第一党支部", "第一党支部"],
    ["a boolean", false, false],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["NaN from a damaged number", NaN, ""],
    ["an error value", { error: "#REF!" }, "#REF!"],
    [
      "rich text",
      { richText: [{ text: "党员" }, { text: "大会", font: { bold: true } }] },
      "党员大会",
    ],
    ["rich text with a broken run", { richText: [{ text: "a" }, null, { text: 3 }] }, "a"],
    ["a hyperlink", { text: "会议纪要", hyperlink: "https://example.org" }, "会议纪要"],
    ["a hyperlink over a number", { text: 12, hyperlink: "#Sheet1!A1" }, 12],
    ["a formula's cached number", { formula: "SUM(A1:A3)", result: 6 }, 6],
    ["a formula's cached string", { formula: 'A1&"支部"', result: "第一支部" }, "第一支部"],
    ["a formula's cached boolean", { formula: "A1>0", result: true }, true],
    ["a formula's cached error", { formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    [
      "a formula's cached date",
      { formula: "TODAY()", result: new Date(Date.UTC(2024, 2, 5)) },
      45356,
    ],
    ["a shared formula's result", { sharedFormula: "B2", result: 7 }, 7],
    ["a formula without a cached result", { formula: "NOW()" }, ""],
    ["an unknown object", { checkbox: true }, ""],
    ["a symbol-like oddity", Symbol("x"), ""],
  ])("%s", (_label, raw, expected) => {
    expect(plainCell(raw).value).toEqual(expected);
  });

  test("a date becomes its serial, time of day as a fraction", () => {
    expect(plainCell(new Date(Date.UTC(2024, 2, 5, 12, 0))).value).toBe(45356.5);
  });

  test("an invalid date gives an empty cell rather than NaN", () => {
    expect(plainCell(new Date(NaN))).toEqual({ value: "", hasContent: false });
  });

  test("formulas count as content even when their result is empty, other empties do not", () => {
    expect(plainCell({ formula: 'IF(A1,"","x")', result: "" }).hasContent).toBe(true);
    expect(plainCell({ formula: "NOW()" }).hasContent).toBe(true);
    expect(plainCell("").hasContent).toBe(false);
    expect(plainCell({ richText: [] }).hasContent).toBe(false);
    expect(plainCell(0).hasContent).toBe(true);
    expect(plainCell(false).hasContent).toBe(true);
  });

  test("hostile nesting ends in an empty value instead of recursing forever", () => {
    let deep: unknown = "深";
    for (let i = 0; i < 50; i++) deep = { text: deep, hyperlink: "x" };
    expect(plainCell(deep).value).toBe("");
  });
});
