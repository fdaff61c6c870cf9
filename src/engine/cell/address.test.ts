import { cellAddress, columnIndex, columnLetter, parseCellAddress } from "./address";

describe("cell addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test.each([
    ["A1", { row: 1, column: 0 }],
    ["$C$12", { row: 12, column: 2 }],
    ["会议台账!B3:D9", { row: 3, column: 1 }],
    ["xfd1048576", { row: 1048576, column: 16383 }],
  ])("parses %s", (text, expected) => {
    expect(parseCellAddress(text)).toEqual(expected);
  });

  test.each(["", "A0", "1A", "ABCD1", "A-1"])("rejects %p", (text) => {
    expect(parseCellAddress(text)).toBeUndefined();
  });

  test("formats a cell address", () => {
    expect(cellAddress(7, 3)).toBe("D7");
  });
});
