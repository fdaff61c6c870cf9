import {
  cellAddresses,
  chunkAddresses,
  DEFAULT_MAX_ADDRESS_LENGTH,
  rowRangeAddress,
  rowRangeAddresses,
} from "./addresses";

describe("row range addresses", () => {
  test("whole-row and cell styles", () => {
    expect(rowRangeAddress({ first: 5, last: 9 })).toBe("5:9");
    expect(rowRangeAddress({ first: 5, last: 5 })).toBe("5:5");
    expect(rowRangeAddress({ first: 5, last: 9 }, "cells")).toBe("A5:XFD9");
  });

  test("joins ranges with commas", () => {
    expect(
      rowRangeAddresses(
        [
          { first: 2, last: 3 },
          { first: 7, last: 7 },
        ],
        "cells"
      )
    ).toEqual(["A2:XFD3,A7:XFD7"]);
  });

  test("no ranges, no strings", () => {
    expect(rowRangeAddresses([])).toEqual([]);
  });

  test("every chunk stays within the limit and nothing is lost", () => {
    // Every other row up to Excel's last row: far more than 8,000 characters.
    const ranges = Array.from({ length: 20_000 }, (_, i) => ({
      first: 2 * i + 1,
      last: 2 * i + 1,
    }));
    const chunks = rowRangeAddresses(ranges, "cells");
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks)
      expect(chunk.length).toBeLessThanOrEqual(DEFAULT_MAX_ADDRESS_LENGTH);
    expect(chunks.join(",").split(",")).toHaveLength(ranges.length);
    expect(chunks.join(",").split(",")[19_999]).toBe("A39999:XFD39999");
  });

  test("a chunk is filled exactly up to the limit", () => {
    // "1:1,2:2" is 7 characters; with a limit of 7 both fit, with 6 they do not.
    const ranges = [
      { first: 1, last: 1 },
      { first: 2, last: 2 },
    ];
    expect(rowRangeAddresses(ranges, "rows", 7)).toEqual(["1:1,2:2"]);
    expect(rowRangeAddresses(ranges, "rows", 6)).toEqual(["1:1", "2:2"]);
  });

  test("an address longer than the limit gets a chunk of its own", () => {
    expect(chunkAddresses(["A1:B2", "C3"], 3)).toEqual(["A1:B2", "C3"]);
  });

  test("cell addresses", () => {
    expect(
      cellAddresses([
        { row: 4, column: "D" },
        { row: 7, column: "AA" },
      ])
    ).toEqual(["D4,AA7"]);
  });
});
