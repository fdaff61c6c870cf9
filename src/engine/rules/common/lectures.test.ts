import { day } from "../../calendar/day";
import { periodOf } from "../../calendar/period";
import { buildWorkbook } from "../../testing/buildWorkbook";
import { givenBy, hasLectureSheets, lectureEvents, lectureIn, lectureSheet } from "./lectures";

const workbook = buildWorkbook({
  lectures: [
    { branch: "第一党支部", date: "2024-03-05", lecturer: "张三" },
    { branch: "第一党支部", lecturer: "张三" },
    { branch: "第二党支部", date: "2024-04-05", lecturer: "" },
  ],
  meetings: [
    { branch: "第一党支部", types: ["general", "lecture"], date: "2024-05-05", host: "李四" },
    { branch: "第一党支部", types: ["general"], date: "2024-05-06", host: "李四" },
    { branch: "第一党支部", types: ["lecture"], host: "李四" },
  ],
});

describe("lectureEvents", () => {
  test("dated 党课 rows of both ledgers, with their speaker", () => {
    expect(lectureEvents(workbook)).toEqual([
      { source: "lectures", row: 2, branch: "第一党支部", day: day(2024, 3, 5), speaker: "张三" },
      { source: "lectures", row: 4, branch: "第二党支部", day: day(2024, 4, 5) },
      { source: "meetings", row: 2, branch: "第一党支部", day: day(2024, 5, 5), speaker: "李四" },
    ]);
  });

  test("nothing without either sheet", () => {
    expect(lectureEvents(buildWorkbook({}))).toEqual([]);
    expect(hasLectureSheets(buildWorkbook({}))).toBe(false);
    expect(lectureSheet(buildWorkbook({}))).toBe(null);
  });

  test("findings point at 党课台账 first, else 会议台账", () => {
    expect(lectureSheet(workbook)).toBe("党课台账");
    expect(lectureSheet(buildWorkbook({ meetings: [] }))).toBe("会议台账");
    expect(hasLectureSheets(buildWorkbook({ meetings: [] }))).toBe(true);
  });
});

describe("givenBy and lectureIn", () => {
  const [byLecturer, anonymous, byHost] = lectureEvents(workbook);

  test("授课人 always counts; 主持人 only when asked", () => {
    expect(byLecturer && givenBy(byLecturer, "张三", false)).toBe(true);
    expect(byHost && givenBy(byHost, "李四", false)).toBe(false);
    expect(byHost && givenBy(byHost, "李四", true)).toBe(true);
    expect(anonymous && givenBy(anonymous, "", true)).toBe(false);
    expect(byLecturer && givenBy(byLecturer, "", true)).toBe(false);
  });

  test("period bounds are inclusive", () => {
    expect(byLecturer && lectureIn(byLecturer, periodOf("quarter", 2024, 1))).toBe(true);
    expect(byLecturer && lectureIn(byLecturer, periodOf("quarter", 2024, 2))).toBe(false);
  });
});
