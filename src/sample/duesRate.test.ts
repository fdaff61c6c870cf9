import { monthlyFen, rateBasisPoints, rateFraction, yuan } from "./duesRate";

describe("sample dues rates (DF 第二、五、六条)", () => {
  it.each([
    [3000, "在职", 1500],
    [3010, "在职", 3010],
    [5000, "在职", 5000],
    [5010, "在职", 7515],
    [10000, "在职", 15000],
    [10010, "在职", 20020],
    [5000, "离退休", 2500],
    [5010, "离退休", 5010],
  ] as const)("base %d (%s) pays %d fen a month", (base, category, fen) => {
    expect(monthlyFen(base, category)).toBe(fen);
  });

  it("writes amounts and rates as the ledger cells hold them", () => {
    expect(yuan(18510)).toBe(185.1);
    expect(rateFraction(rateBasisPoints(8000, "在职"))).toBe(0.015);
  });
});
