import fc from "fast-check";
import { dayFromIso, dayFromYmd, weekdayOf, ymdFromDay } from "./day";

/** What a Date makes of a serial: the plain definition the integer arithmetic must reproduce. */
function viaDate(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  const epoch = whole >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const date = new Date(epoch + whole * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe("ymdFromDay", () => {
  test.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [60, { year: 1900, month: 3, day: 1 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [45352, { year: 2024, month: 3, day: 1 }],
    [45351.75, { year: 2024, month: 2, day: 29 }],
    [0, { year: 1899, month: 12, day: 31 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])("serial %p is %p", (serial, ymd) => {
    expect(ymdFromDay(serial)).toEqual(ymd);
  });

  test("a serial no Date can hold gives NaN parts, as a Date does", () => {
    for (const serial of [Number.NaN, Infinity, -Infinity, 1e9, -1e9]) {
      expect(ymdFromDay(serial)).toEqual(viaDate(serial));
      expect(Number.isNaN(ymdFromDay(serial).year)).toBe(true);
    }
  });

  test("agrees with a Date on any serial it can hold, and round-trips through dayFromYmd", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -100_025_570, max: 100_025_570 }),
          fc.integer({ min: -1_000, max: 80_000 }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true })
        ),
        (serial) => {
          const ymd = ymdFromDay(serial);
          expect(ymd).toEqual(viaDate(serial));
          const whole = Math.floor(serial);
          if (whole >= 1 && whole !== 60 && whole <= 2958465) expect(dayFromYmd(ymd)).toBe(whole);
        }
      ),
      { numRuns: 5000, seed: 20261126 }
    );
  });
});

describe("weekdayOf", () => {
  test.each([
    ["2024-01-01", 1],
    ["2024-06-15", 6],
    ["2024-06-16", 0],
    ["1900-03-01", 4],
    ["2099-12-31", 4],
  ])("%s → %d", (iso, weekday) => {
    expect(weekdayOf(dayFromIso(iso) as number)).toBe(weekday);
  });
});
