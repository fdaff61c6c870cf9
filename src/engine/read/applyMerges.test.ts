import type { CellValue } from "../cell/types";
import { applyMerges } from "./applyMerges";
import { sheetOrigin } from "./sheetOrigin";

const A1 = sheetOrigin("A1");

function grid(): CellValue[][] {
  return [
    ["支部", "姓名"],
    ["第一党支部", "张三"],
    ["", "李四"],
    ["", "王五"],
    ["第二党支部", "赵六"],
  ];
}

describe("applyMerges", () => {
  test("a vertically merged 支部 column fills every row of the area", () => {
    const filled = applyMerges(grid(), ["A2:A4"], A1);
    expect(filled.map((row) => row?.[0])).toEqual([
      "支部",
      "第一党支部",
      "第一党支部",
      "第一党支部",
      "第二党支部",
    ]);
  });

  test("never mutates the input, and leaves untouched rows shared", () => {
    const input = grid();
    const before = JSON.stringify(input);
    const filled = applyMerges(input, ["A2:A3"], A1);
    expect(JSON.stringify(input)).toBe(before);
    expect(filled).not.toBe(input);
    expect(filled[4]).toBe(input[4]);
    expect(filled[2]).not.toBe(input[2]);
  });

  test("addresses are sheet coordinates: with the used range at B3, B4:B6 is grid column 0", () => {
    const filled = applyMerges(grid(), ["$B$4:$B$6"], sheetOrigin("B3"));
    expect(filled.map((row) => row?.[0])).toEqual([
      "支部",
      "第一党支部",
      "第一党支部",
      "第一党支部",
      "第二党支部",
    ]);
  });

  test("horizontal merges, sheet-qualified addresses and reversed corners are read", () => {
    const filled = applyMerges(
      [
        ["2024年度会议台账", "", ""],
        ["a", "b", "c"],
      ],
      ["Sheet1!C1:A1"],
      A1
    );
    expect(filled[0]).toEqual(["2024年度会议台账", "2024年度会议台账", "2024年度会议台账"]);
  });

  test("areas reaching past the grid are cut at its edge; ragged rows are padded", () => {
    const filled = applyMerges([["x"], [], ["y", "z"]], ["A1:D9"], A1);
    expect(filled).toEqual([
      ["x", "x"],
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  test.each([
    ["malformed", "not a range"],
    ["three parts", "A1:A2:A3"],
    ["above the used range", "A1:A3"],
    ["left of the used range", "A3:A5"],
    ["below the grid", "B20:B30"],
    ["right of the grid", "Z3:Z5"],
    ["blank top-left cell", "B5:B7"],
  ])("ignores merges that are %s", (_label, merge) => {
    const input = grid();
    expect(applyMerges(input, [merge], sheetOrigin("B3"))).toEqual(input);
  });

  test("no merges → the very same grid", () => {
    const input = grid();
    expect(applyMerges(input, undefined, A1)).toBe(input);
    expect(applyMerges(input, [], A1)).toBe(input);
  });
});
