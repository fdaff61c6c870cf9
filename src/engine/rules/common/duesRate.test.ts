import type { DuesRounding } from "../../config/settings";
import type { PersonCategory } from "../../model/vocabulary";
import {
  amountCovers,
  amountMatches,
  bandRate,
  computeDues,
  difference,
  isFlatCategory,
  monthlyDues,
  paysAtLeast,
  roundMicro,
  sameRate,
  timesMonths,
  toMicro,
} from "./duesRate";

describe("computeDues: the boundary table of specification.md", () => {
  test.each<[number, PersonCategory | undefined, number]>([
    [3000.0, "serving", 15.0],
    [3000.01, "serving", 30.0],
    [5000, "serving", 50.0],
    [5000.01, "serving", 75.0],
    [10000, "serving", 150.0],
    [10000.01, "serving", 200.0],
    [5000, "retired", 25.0],
    [5000.01, "retired", 50.0],
  ])("base %p (%s) → %p", (base, category, expected) => {
    expect(computeDues(base, category)).toBe(expected);
  });
});

describe("bandRate", () => {
  test.each<[number, PersonCategory | undefined, number]>([
    [0, "serving", 0.005],
    [2999.99, "serving", 0.005],
    [3000, "serving", 0.005],
    [3000.01, "serving", 0.01],
    [5000, "serving", 0.01],
    [5000.01, "serving", 0.015],
    [10000, "serving", 0.015],
    [10000.01, "serving", 0.02],
    [50000, "serving", 0.02],
    [5000, "retired", 0.005],
    [5000.01, "retired", 0.01],
    [20000, "retired", 0.01],
  ])("base %p (%s) → %p", (base, category, rate) => {
    expect(bandRate(base, category)).toBe(rate);
  });

  test("an unknown or 其他 category uses the 在职 table", () => {
    expect(bandRate(8000, undefined)).toBe(0.015);
    expect(bandRate(8000, "other")).toBe(0.015);
  });

  test("a base typed with float noise stays in its band", () => {
    // 0.1 + 0.2 style noise: 3000.0000000000005 is still 3000.00.
    expect(bandRate(1000.1 + 1999.9, "serving")).toBe(0.005);
  });
});

describe("roundMicro", () => {
  test.each<[number, DuesRounding, number]>([
    [30_000_100, "fen", 30_000_000], // 30.0001 → 30.00
    [30_005_000, "fen", 30_010_000], // 30.005 → 30.01 (half up)
    [30_004_999, "fen", 30_000_000],
    [45_450_000, "jiao", 45_500_000], // 45.45 → 45.5
    [45_440_000, "jiao", 45_400_000],
    [45_500_000, "yuan", 46_000_000],
    [45_499_999, "yuan", 45_000_000],
  ])("%p micro-yuan to the %s → %p", (micro, rounding, expected) => {
    expect(roundMicro(micro, rounding)).toBe(expected);
  });
});

describe("monthlyDues", () => {
  test("a percentage category without a base cannot be computed", () => {
    expect(monthlyDues(undefined, "serving", "fen")).toBeUndefined();
    expect(monthlyDues(undefined, undefined, "fen")).toBeUndefined();
    expect(monthlyDues(-1, "serving", "fen")).toBeUndefined();
  });

  test("students, the unemployed and those on subsistence allowance pay 0.20 a month, base or not", () => {
    for (const category of ["student", "unemployed", "low-income"] as const) {
      expect(isFlatCategory(category)).toBe(true);
      expect(monthlyDues(undefined, category, "fen")).toMatchObject({
        expected: 0.2,
        expectedMax: 0.2,
      });
      expect(monthlyDues(8000, category, "yuan")).toMatchObject({ expected: 0.2 });
      expect(monthlyDues(8000, category, "yuan")?.rate).toBeUndefined();
    }
  });

  test("farmers pay 0.20 to 1.00 a month", () => {
    expect(monthlyDues(undefined, "farmer", "fen")).toMatchObject({
      expected: 0.2,
      expectedMax: 1,
    });
  });

  test("rounding follows the setting", () => {
    // 3030 is in the 1% band: 30.30.
    expect(monthlyDues(3030, "serving", "fen")?.expected).toBe(30.3);
    expect(monthlyDues(3030, "serving", "jiao")?.expected).toBe(30.3);
    expect(monthlyDues(3030, "serving", "yuan")?.expected).toBe(30);
    expect(monthlyDues(6030, "serving", "yuan")?.expected).toBe(90); // 90.45 → 90
    expect(monthlyDues(6100, "serving", "yuan")?.expected).toBe(92); // 91.5 → 92
  });
});

describe("amountMatches", () => {
  const fen = (base: number) => monthlyDues(base, "serving", "fen");

  test("the rounded amount matches and one 分 off does not", () => {
    const dues = fen(3000.01);
    if (!dues) throw new Error("computable");
    expect(amountMatches(dues, 30)).toBe(true);
    expect(amountMatches(dues, 30.01)).toBe(false);
    expect(amountMatches(dues, 29.99)).toBe(false);
  });

  test("an exact half 分 may be rounded either way", () => {
    const dues = fen(3000.5); // 30.005
    if (!dues) throw new Error("computable");
    expect(amountMatches(dues, 30.0)).toBe(true);
    expect(amountMatches(dues, 30.01)).toBe(true);
    expect(amountMatches(dues, 30.02)).toBe(false);
  });

  test("rounding to the 元 accepts the exact amount and the rounded one, within half a 元", () => {
    const dues = monthlyDues(6030, "serving", "yuan"); // 90.45
    if (!dues) throw new Error("computable");
    expect(amountMatches(dues, 90)).toBe(true);
    expect(amountMatches(dues, 90.45)).toBe(true);
    expect(amountMatches(dues, 91)).toBe(false);
    expect(amountMatches(dues, 89)).toBe(false);
  });

  test("several months: the total, each month rounded on its own", () => {
    const dues = fen(8000); // 120.00
    if (!dues) throw new Error("computable");
    expect(amountMatches(dues, 360, 3)).toBe(true);
    expect(amountMatches(dues, 359.99, 3)).toBe(false);
    const half = fen(3000.5); // 30.005 a month
    if (!half) throw new Error("computable");
    expect(amountMatches(half, 90.02, 3)).toBe(true); // 90.015 rounded once
    expect(amountMatches(half, 90.03, 3)).toBe(true); // 30.01 × 3
    expect(amountMatches(half, 90.0, 3)).toBe(true); // 30.00 × 3
    expect(amountMatches(half, 90.04, 3)).toBe(false);
    expect(amountMatches(half, 89.99, 3)).toBe(false);
  });

  test("a farmer's amount anywhere in the range matches", () => {
    const dues = monthlyDues(undefined, "farmer", "fen");
    if (!dues) throw new Error("computable");
    expect(amountMatches(dues, 0.2)).toBe(true);
    expect(amountMatches(dues, 0.5)).toBe(true);
    expect(amountMatches(dues, 1)).toBe(true);
    expect(amountMatches(dues, 1.01)).toBe(false);
    expect(amountMatches(dues, 0.19)).toBe(false);
    expect(amountMatches(dues, 3, 3)).toBe(true);
  });
});

describe("amountCovers and paysAtLeast", () => {
  test("paying more is always enough; one 分 less is not", () => {
    const dues = monthlyDues(8000, "serving", "fen");
    if (!dues) throw new Error("computable");
    expect(amountCovers(dues, 120)).toBe(true);
    expect(amountCovers(dues, 500)).toBe(true);
    expect(amountCovers(dues, 119.99)).toBe(false);
    expect(amountCovers(dues, 360, 3)).toBe(true);
    expect(amountCovers(dues, 240, 3)).toBe(false);
    expect(amountCovers(dues, 359.99, 3)).toBe(false);
    const yuan = monthlyDues(6030, "serving", "yuan"); // 90.45, written 90 each month
    if (!yuan) throw new Error("computable");
    expect(amountCovers(yuan, 270, 3)).toBe(true);
    expect(amountCovers(yuan, 269, 3)).toBe(false);
  });

  test("a farmer covers the month with the low end of the range", () => {
    const dues = monthlyDues(undefined, "farmer", "fen");
    if (!dues) throw new Error("computable");
    expect(amountCovers(dues, 0.2)).toBe(true);
    expect(amountCovers(dues, 0.1)).toBe(false);
  });

  test("paysAtLeast ignores float noise", () => {
    expect(paysAtLeast(0.1 + 0.2, 0.3)).toBe(true);
    expect(paysAtLeast(0.29, 0.3)).toBe(false);
    expect(paysAtLeast(100, 99.99)).toBe(true);
  });
});

describe("small arithmetic", () => {
  test("timesMonths and difference are free of float noise", () => {
    expect(timesMonths(0.2, 3)).toBe(0.6);
    expect(difference(0.3, 0.1)).toBe(0.2);
    expect(toMicro(15)).toBe(15_000_000);
  });

  test("sameRate compares typed ratios", () => {
    expect(sameRate(1.5 / 100, 0.015)).toBe(true);
    expect(sameRate(0.01, 0.015)).toBe(false);
  });
});
