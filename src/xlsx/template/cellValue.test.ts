import { isBlankValue, serialToDate, toExcelValue } from "./cellValue";

describe("toExcelValue", () => {
  it("turns serials in date columns into the UTC date Excel stores as that serial", () => {
    expect(toExcelValue(45658, true)).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(toExcelValue(61, true)).toEqual(new Date(Date.UTC(1900, 2, 1)));
  });

  it("keeps numbers elsewhere, and serials Excel's calendar cannot show, as numbers", () => {
    expect(toExcelValue(45658, false)).toBe(45658);
    expect(toExcelValue(60, true)).toBe(60);
    expect(toExcelValue(-3, true)).toBe(-3);
  });

  it("keeps strings as strings, formula-like ones included", () => {
    for (const text of ["=SUM(A1:A3)", "+86 21 1234", "-5", "@张三", "2025年3月5日"]) {
      expect(toExcelValue(text, true)).toBe(text);
    }
    expect(toExcelValue(true, false)).toBe(true);
  });

  it("keeps numbers Excel cannot store as their text", () => {
    expect(toExcelValue(Number.NaN, false)).toBe("NaN");
    expect(toExcelValue(Number.POSITIVE_INFINITY, true)).toBe("Infinity");
  });

  it("knows blank cells", () => {
    expect(isBlankValue("")).toBe(true);
    expect(isBlankValue(undefined)).toBe(true);
    expect(isBlankValue(0)).toBe(false);
    expect(serialToDate(3_000_000)).toBeUndefined();
  });
});
