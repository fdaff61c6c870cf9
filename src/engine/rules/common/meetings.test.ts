import { buildWorkbook } from "../../testing/buildWorkbook";
import {
  branchMeetingsInYear,
  datedInYear,
  hasUnreadableCell,
  isOfType,
  meetingColumn,
} from "./meetings";

const workbook = buildWorkbook({
  meetings: [
    { branch: "一支部", types: ["general", "lecture"], date: "2024-01-01" },
    { branch: "一支部", types: ["general"], date: "2023-12-31" },
    { branch: "一支部", types: ["committee"], date: "2024-12-31" },
    { branch: "二支部", types: ["general"], date: "2024-06-01" },
    { branch: "一支部", types: ["general"] },
  ],
  issues: [
    {
      type: "unreadable-cell",
      ledger: "meetings",
      sheet: "会议台账",
      row: 6,
      column: "C",
      field: "date",
      header: "会议日期",
      text: "上旬",
      blank: false,
      expected: "date",
    },
  ],
});
const records = workbook.meetings?.records ?? [];

describe("meeting helpers", () => {
  test("datedInYear keeps 1-1 to 12-31 and drops undated rows", () => {
    expect(records.map((m) => datedInYear(m, 2024))).toEqual([true, false, true, true, false]);
  });
  test("branchMeetingsInYear filters by branch, year and predicate", () => {
    const rows = branchMeetingsInYear(workbook, "一支部", 2024, (m) => isOfType(m, "general"));
    expect(rows.map((m) => m.row)).toEqual([2]);
  });
  test("meetingColumn gives the letter or null", () => {
    expect(meetingColumn(workbook, "date")).toBe("C");
    expect(meetingColumn(buildWorkbook({}), "date")).toBeNull();
  });
  test("hasUnreadableCell looks at the row and fields", () => {
    expect(hasUnreadableCell(workbook, 6, ["date"])).toBe(true);
    expect(hasUnreadableCell(workbook, 6, ["attended"])).toBe(false);
    expect(hasUnreadableCell(workbook, 5, ["date"])).toBe(false);
  });
});
