import { Grid } from "./grid";
import { textWidth, wrappedLines } from "../workbook/textLayout";

describe("text width and wrapping", () => {
  test("CJK and full-width characters count twice", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("党支部")).toBe(6);
    expect(textWidth("第1季度（Q1）")).toBe(2 + 1 + 4 + 2 + 2 + 2);
  });

  // Messages quote headers (“列席人员”) and sources (“…”): a Chinese font draws these wide, and a
  // row sized as if they were narrow cuts off its last line.
  test("quotes, ellipsis and × in Chinese text count twice", () => {
    expect(textWidth("“是否主要负责人”")).toBe(18);
    expect(textWidth("…×·—")).toBe(8);
    expect(textWidth('"a"')).toBe(3);
  });

  test("lines of a wrapped text, explicit line breaks included", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("党".repeat(4), 10)).toBe(1);
    expect(wrappedLines("党".repeat(5), 10)).toBe(2);
    expect(wrappedLines("a\nb", 10)).toBe(2);
  });
});

describe("Grid", () => {
  const widths = [10, 10, 10];
  const wraps = () => true;

  test("a value over several columns is merged, and the style covers the whole area", () => {
    const grid = new Grid(widths, wraps);
    grid.put(3, [0, 2], { value: "标题", style: "header" });
    expect(grid.merges).toEqual([
      { firstRow: 3, lastRow: 3, firstColumn: 0, lastColumn: 2, address: "A3:C3" },
    ]);
    expect(grid.cells.map((c) => [c.column, c.value, c.style])).toEqual([
      [0, "标题", "header"],
      [1, "", "header"],
      [2, "", "header"],
    ]);
  });

  test("a value over two rows is merged downwards", () => {
    const grid = new Grid(widths, wraps);
    grid.put(5, [1, 1], { value: "支部", style: "header", rows: 2 });
    expect(grid.merges.map((m) => m.address)).toEqual(["B5:B6"]);
  });

  test("a single cell is not merged", () => {
    const grid = new Grid(widths, wraps);
    grid.putRow(
      2,
      [
        [0, 0],
        [1, 1],
      ],
      [
        { value: 1, style: "number" },
        { value: "x", style: "cell" },
      ]
    );
    expect(grid.merges).toEqual([]);
    expect(grid.cells).toHaveLength(2);
  });

  test("rows grow for wrapped text only", () => {
    const grid = new Grid(widths, (style) => style !== "title");
    grid.put(1, [0, 0], { value: "党".repeat(10), style: "title" });
    grid.put(2, [0, 0], { value: "党".repeat(10), style: "cell" });
    grid.put(3, [0, 2], { value: "党".repeat(10), style: "cell" });
    // Three lines of 15 points and 3 points of air, so the last line is not clipped.
    expect([...grid.heights.entries()]).toEqual([[2, 48]]);
  });
});

describe("wrapping as a renderer wraps", () => {
  test("a number or word that does not fit goes down whole", () => {
    // 15 usable: 党×3 = 6, then "2025-03-05" (10) does not fit in the 9 left and goes down.
    expect(wrappedLines("党党党2025-03-05", 16)).toBe(2);
    expect(wrappedLines("党党党2025", 16)).toBe(1);
  });

  test("closing punctuation stays with the character before it", () => {
    // Eight wide characters fill two lines of 8 exactly, but "。" may not begin the third.
    expect(wrappedLines("党党党党党党党党。", 9)).toBe(3);
    expect(wrappedLines("党党党党党党党。", 9)).toBe(2);
  });

  test("a run longer than a line is cut where the line ends", () => {
    expect(wrappedLines("x".repeat(25), 11)).toBe(3);
  });
});
