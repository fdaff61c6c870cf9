import { day, isoDate } from "../../calendar/day";
import type { MeetingRecord } from "../../model/ledgers";
import { dateCell } from "../../testing/buildWorkbook";
import { countsForYear, parseDeadline, reviewDeadline, reviewPeriod } from "./annualMeetings";

const held = (date: string, topic?: string): MeetingRecord => ({
  row: 2,
  branch: "一支部",
  types: ["org-life"],
  date: dateCell(date),
  ...(topic ? { topic } : {}),
});

describe("annual review meetings", () => {
  test.each([
    ["03-31", { month: 3, day: 31 }],
    ["3-31", { month: 3, day: 31 }],
    ["3月31日", { month: 3, day: 31 }],
    ["02/29", { month: 2, day: 29 }],
    ["13-01", undefined],
    ["04-31", undefined],
    ["三月底", undefined],
  ])("parseDeadline(%p)", (text, expected) => {
    expect(parseDeadline(text)).toEqual(expected);
  });

  test("the deadline falls in the next year; 29 February in a common year is the 28th", () => {
    expect(isoDate(reviewDeadline(2024, "03-31"))).toBe("2025-03-31");
    expect(isoDate(reviewDeadline(2024, "02-29"))).toBe("2025-02-28");
    expect(isoDate(reviewDeadline(2024, "nonsense"))).toBe("2025-03-31");
    const { period, remindFrom } = reviewPeriod(2024, "03-31");
    expect([period.key, isoDate(period.start), isoDate(period.end)]).toEqual([
      "2024",
      "2024-01-01",
      "2025-03-31",
    ]);
    expect(remindFrom).toBe(day(2025, 1, 1));
  });

  test.each([
    ["2024-12-31", undefined, 2024, true],
    ["2025-01-10", undefined, 2024, false],
    ["2025-01-10", "2024年度组织生活会", 2024, true],
    ["2025-03-31", "2024年度组织生活会", 2024, true],
    ["2025-04-01", "2024年度组织生活会", 2024, false],
    ["2025-01-10", "2024年度组织生活会", 2025, false],
    ["2024-02-20", "2023年度组织生活会", 2024, false],
    ["2024-02-20", "2023年度组织生活会", 2023, true],
    ["2024-12-15", "2024年组织生活会", 2024, true],
  ])("held %s, 主题 %p → counts for %d: %p", (date, topic, year, expected) => {
    expect(countsForYear(held(date, topic), year, "03-31")).toBe(expected);
  });
});
