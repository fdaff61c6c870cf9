import { noteCellAvoiding } from "./noteCell";

const used = { rowIndex: 1, columnIndex: 1, rowCount: 10, columnCount: 4 }; // B2:E11

describe("noteCellAvoiding", () => {
  test("a cell without a threaded comment keeps the note", () => {
    expect(noteCellAvoiding("B5", new Set(["C5"]), used)).toBe("B5");
  });

  test("a comment's cell passes the note right along the row, then left", () => {
    expect(noteCellAvoiding("B5", new Set(["B5", "C5"]), used)).toBe("D5");
    expect(noteCellAvoiding("D5", new Set(["D5", "E5"]), used)).toBe("C5");
  });

  test("no free cell within the used columns, or no used range: no cell", () => {
    expect(noteCellAvoiding("C5", new Set(["B5", "C5", "D5", "E5"]), used)).toBeNull();
    expect(noteCellAvoiding("C5", new Set(["C5"]), null)).toBeNull();
  });
});
