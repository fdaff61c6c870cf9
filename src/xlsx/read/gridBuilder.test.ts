import { plainCell } from "./cellValue";
import { GridBuilder } from "./gridBuilder";
import { parseMergeRange } from "./mergeArea";
import { XlsxReadError } from "./readError";

const cell = (value: unknown) => plainCell(value);

describe("GridBuilder", () => {
  test("the used range is the smallest rectangle around the cells with values", () => {
    const grid = new GridBuilder("会议台账", "a.xlsx");
    grid.add(6, 5, cell("x"));
    grid.add(4, 3, cell(1));
    grid.add(5, 4, cell(""));
    expect(grid.build()).toEqual({
      name: "会议台账",
      topLeft: "C4",
      values: [
        [1, "", ""],
        ["", "", ""],
        ["", "", "x"],
      ],
    });
  });

  test("a formula with an empty result still widens the used range", () => {
    const grid = new GridBuilder("S", "");
    grid.add(1, 1, cell("a"));
    grid.add(2, 3, cell({ formula: 'IF(1,"","")', result: "" }));
    expect(grid.build().values).toEqual([
      ["a", "", ""],
      ["", "", ""],
    ]);
  });

  test('an empty sheet is [[""]] at A1, as Excel gives it', () => {
    expect(new GridBuilder("空", "").build()).toEqual({
      name: "空",
      values: [[""]],
      topLeft: "A1",
    });
  });

  test("lists only merges that overlap the used range, in reading order", () => {
    const grid = new GridBuilder("S", "");
    grid.add(3, 1, cell("第一党支部"));
    grid.add(8, 2, cell("x"));
    for (const range of ["A3:A7", "A1:H1", "B20:C21", "Z1:Z100", "B8:C9"]) {
      const area = parseMergeRange(range);
      if (area) grid.addMerge(area);
    }
    expect(grid.build().merges).toEqual(["A3:A7", "B8:C9"]);
  });

  test("ignores positions that are not sheet coordinates", () => {
    const grid = new GridBuilder("S", "");
    grid.add(0, 1, cell("x"));
    grid.add(1, 1.5, cell("y"));
    grid.add(2, 2, cell("z"));
    expect(grid.build()).toEqual({ name: "S", values: [["z"]], topLeft: "B2" });
  });

  test("refuses a used range beyond the cell limit, naming the sheet", () => {
    const grid = new GridBuilder("党费台账", "big.xlsx", { maxCells: 100 });
    grid.add(1, 1, cell("a"));
    grid.add(20, 10, cell("b"));
    let thrown: unknown;
    try {
      grid.build();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(XlsxReadError);
    expect(thrown).toMatchObject({ reason: "too-large", file: "big.xlsx" });
    expect((thrown as Error).message).toContain("党费台账");
    expect((thrown as Error).message).toContain("A1:J20");
  });
});

describe("parseMergeRange", () => {
  test.each([
    ["A3:A7", { top: 3, left: 1, bottom: 7, right: 1 }],
    ["$B$2:$D$4", { top: 2, left: 2, bottom: 4, right: 4 }],
    ["D4:B2", { top: 2, left: 2, bottom: 4, right: 4 }],
    ["A1:A1", undefined],
    ["A1", undefined],
    ["A1:B2:C3", undefined],
    ["nonsense", undefined],
  ])("%p", (range, expected) => {
    expect(parseMergeRange(range)).toEqual(expected);
  });
});
