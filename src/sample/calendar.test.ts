import {
  addMonthsSerial,
  daysInMonth,
  isoOf,
  serialOf,
  weekdayOf,
  workdaysOfMonth,
  ymdOf,
} from "./calendar";

describe("sample calendar", () => {
  it("numbers days as Excel does", () => {
    expect(serialOf(2025, 1, 1)).toBe(45658);
    expect(serialOf(2024, 2, 29)).toBe(45351);
    expect(isoOf(45658)).toBe("2025-01-01");
    expect(ymdOf(serialOf(2026, 12, 31))).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it("knows weekdays and month lengths", () => {
    expect(weekdayOf(serialOf(2025, 1, 1))).toBe(3);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    const workdays = workdaysOfMonth(2025, 3);
    expect(workdays).toHaveLength(21);
    expect(workdays.every((d) => weekdayOf(d) >= 1 && weekdayOf(d) <= 5)).toBe(true);
    expect(workdaysOfMonth(2025, 3, 17, 21).map(isoOf)).toEqual([
      "2025-03-17",
      "2025-03-18",
      "2025-03-19",
      "2025-03-20",
      "2025-03-21",
    ]);
  });

  it("adds months keeping the day, across year ends", () => {
    expect(isoOf(addMonthsSerial(serialOf(2024, 10, 15), 12))).toBe("2025-10-15");
    expect(isoOf(addMonthsSerial(serialOf(2025, 3, 10), 6))).toBe("2025-09-10");
    expect(isoOf(addMonthsSerial(serialOf(2025, 11, 3), 3))).toBe("2026-02-03");
  });
});
