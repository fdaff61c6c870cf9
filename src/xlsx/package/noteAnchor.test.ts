import { noteAnchor, sheetGrid, widthPixels } from "./noteAnchor";

describe("sheetGrid", () => {
  const grid = sheetGrid(
    '<worksheet><sheetFormatPr defaultRowHeight="18"/><cols><col min="2" max="3" width="20" customWidth="1"/><col min="4" max="4" width="9" hidden="1"/></cols><sheetData>'
  );

  test("columns from <cols>, hidden ones zero wide, the rest Excel's default", () => {
    expect(grid.columnPixels(1)).toBe(64);
    expect(grid.columnPixels(2)).toBe(widthPixels(20));
    expect(grid.columnPixels(3)).toBe(widthPixels(20));
    expect(grid.columnPixels(4)).toBe(0);
    expect(grid.columnPixels(5)).toBe(64);
    expect(grid.rowPixels()).toBe(24);
  });

  // The file stores 8.43 characters plus padding as 9.140625: Excel draws that 64 pixels wide.
  test("Excel's own pixels for a stored width", () => {
    expect(widthPixels(9.140625)).toBe(64);
    expect(widthPixels(20)).toBe(140);
  });
});

describe("noteAnchor", () => {
  const plain = sheetGrid("<worksheet><sheetData>");

  test("starts where Excel puts a new note and reaches as far as the box is big", () => {
    // 240 × 60 points = 320 × 80 pixels, from 15 px into column C (0-based 2) and 10 px into row 4.
    expect(noteAnchor(5, 2, { width: 240, height: 60 }, plain)).toBe("2, 15, 3, 10, 7, 15, 7, 10");
  });

  test("wide columns hold more of the box; hidden ones are passed over", () => {
    const grid = sheetGrid(
      '<worksheet><cols><col min="3" max="3" width="60"/><col min="4" max="4" hidden="1"/></cols><sheetData>'
    );
    // Column C is 420 px: the 320-pixel box ends inside it.
    expect(noteAnchor(1, 2, { width: 240, height: 30 }, grid)).toBe("2, 15, 0, 10, 2, 335, 2, 10");
  });
});
