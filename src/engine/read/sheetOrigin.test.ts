import { A1_ORIGIN, sheetColumn, sheetOrigin, sheetRow } from "./sheetOrigin";

describe("sheetOrigin", () => {
  test.each([
    [undefined, { row: 1, column: 0 }],
    ["A1", { row: 1, column: 0 }],
    ["B3", { row: 3, column: 1 }],
    ["$C$10", { row: 10, column: 2 }],
    ["AA7", { row: 7, column: 26 }],
    ["Sheet1!D4:F9", { row: 4, column: 3 }],
    ["", A1_ORIGIN],
    ["not an address", A1_ORIGIN],
    ["B0", A1_ORIGIN],
  ])("%p → %p", (topLeft, origin) => {
    expect(sheetOrigin(topLeft)).toEqual(origin);
  });

  test("grid positions translate to real sheet rows and columns", () => {
    const origin = sheetOrigin("B3");
    expect(sheetRow(origin, 0)).toBe(3);
    expect(sheetRow(origin, 4)).toBe(7);
    expect(sheetColumn(origin, 0)).toBe("B");
    expect(sheetColumn(origin, 25)).toBe("AA");
  });
});
