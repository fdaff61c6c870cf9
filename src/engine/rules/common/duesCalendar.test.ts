import { dayFromIso, isoDate } from "../../calendar/day";
import { backpayDeadline, collectionDate, daysFromCollectionDay } from "./duesCalendar";

const iso = (text: string): number => {
  const serial = dayFromIso(text);
  if (serial === undefined) throw new Error(text);
  return serial;
};

describe("backpayDeadline", () => {
  test.each([
    [2024, 3, 6, "2024-09-30"],
    [2024, 1, 6, "2024-07-31"],
    [2024, 8, 6, "2025-02-28"],
    [2024, 2, 6, "2024-08-31"], // month ends, not EDATE's kept 29th
    [2024, 12, 6, "2025-06-30"],
    [2024, 3, 3, "2024-06-30"],
  ])("%p-%p + %p months → %s", (year, month, limit, expected) => {
    expect(isoDate(backpayDeadline({ year, month }, limit))).toBe(expected);
  });
});

describe("daysFromCollectionDay", () => {
  test.each([
    ["2024-05-20", 20, 0],
    ["2024-05-21", 20, 1],
    ["2024-05-17", 20, 3],
    ["2024-05-05", 20, 13], // 2024-04-20 is a Saturday: April's collection day is Monday the 22nd
    ["2024-04-22", 20, 0],
    ["2024-04-20", 20, 2],
    ["2024-03-31", 31, 1], // a Sunday: the collection day is Monday 1 April
    ["2024-04-30", 1, 1], // a day before May's collection day
    ["2024-05-02", 1, 1],
    ["2024-04-30", 31, 0], // April has no 31st: its last day is the collection day
    ["2024-05-31", 31, 0],
    ["2024-02-29", 30, 0],
    ["2024-03-01", 30, 1],
  ])("%s with day %p → %p", (date, day, expected) => {
    expect(daysFromCollectionDay(iso(date), day)).toBe(expected);
  });
});

describe("collectionDate", () => {
  test.each([
    [2024, 3, 20, "2024-03-20"], // Wednesday
    [2024, 4, 20, "2024-04-22"], // Saturday → Monday
    [2024, 10, 20, "2024-10-21"], // Sunday → Monday
    [2024, 8, 31, "2024-09-02"], // Saturday the 31st → Monday in the next month
    [2024, 2, 31, "2024-02-29"], // February has no 31st: its last day, a Thursday
  ])("%p-%p day %p → %s", (year, month, day, expected) => {
    expect(isoDate(collectionDate(year * 12 + month - 1, day))).toBe(expected);
  });
});
