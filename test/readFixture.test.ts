import { loadFixture } from "./fixtures/loadFixture";
import { readWorkbook, isoDate } from "../src/engine";

/**
 * The golden department workbook uses specification.md's aliases (党员花名册, 三会一课台账, 党支部名称, 会议时间…),
 * a title and a 填报单位 row above the meetings header, and every date form specification.md lists.
 */
const workbook = readWorkbook(loadFixture("department-q1").sheets);

test("every ledger is recognised under its alias", () => {
  expect({
    unitInfo: workbook.unitInfo?.sheet,
    branches: workbook.branches?.sheet,
    members: workbook.members?.sheet,
    meetings: workbook.meetings?.sheet,
    lectures: workbook.lectures?.sheet,
    dues: workbook.dues?.sheet,
    training: workbook.training?.sheet,
  }).toEqual({
    unitInfo: "单位信息",
    branches: "支部信息",
    members: "党员花名册",
    meetings: "三会一课台账",
    lectures: "党课台账",
    dues: "党费台账",
    training: "培训台账",
  });
});

test("单位信息 is read as settings", () => {
  expect(workbook.unitInfo?.info).toMatchObject({
    unitName: "市示范局机关党委",
    departmentSecretary: "王建国",
    year: 2024,
    collectionDay: 15,
    lectureFrequency: "quarter",
  });
});

test("the meetings header is found below the title rows and dates in every form are read", () => {
  expect(workbook.meetings?.headerRow).toBe(3);
  const dates = workbook.meetings?.records.map((m) => [m.row, m.date && isoDate(m.date.day)]);
  expect(dates?.slice(0, 4)).toEqual([
    [4, "2024-03-29"], // serial number
    [5, "2024-01-08"], // 2024-01-08
    [6, "2024-03-04"], // 2024.3.4
    [7, "2024-01-19"], // 2024年1月19日
  ]);
  // ２０２４年２月２８日 in full-width digits
  expect(workbook.meetings?.records.find((m) => m.row === 15)?.date?.day).toBe(45350);
});

test("combined meeting types and a month-only lecture date are read", () => {
  expect(workbook.meetings?.records[0]?.types).toEqual(["general", "lecture"]);
  expect(workbook.meetings?.records.find((m) => m.row === 8)?.types).toEqual([
    "theme-day",
    "committee",
  ]);
  expect(workbook.lectures?.records[1]?.date).toEqual({ day: 45292, monthOnly: true });
  expect(workbook.lectures?.records[0]?.lecturer).toBe("张伟");
});

test("branch dates in Chinese and ISO forms, and 任期 written as 3年", () => {
  expect(workbook.branches?.records[1]).toMatchObject({
    name: "第二党支部",
    secretary: "刘芳",
    secretaryAppointed: { day: 45382, monthOnly: false },
    isPrincipal: false,
    hasCommittee: false,
    termYears: 3,
  });
});

test("dues rows: months, ranges, rates and amounts with units", () => {
  const dues = workbook.dues?.records ?? [];
  expect(dues).toHaveLength(36);
  expect(dues.at(-1)).toMatchObject({
    name: "高洁",
    months: { from: { year: 2024, month: 2 }, to: { year: 2024, month: 3 } },
    ratio: 0.01,
    paid: 72,
  });
});

test("the only unreadable cell is the meeting type 会议", () => {
  expect(workbook.issues.filter((i) => i.type === "unreadable-cell")).toEqual([
    expect.objectContaining({
      sheet: "三会一课台账",
      row: 18,
      column: "B",
      text: "会议",
      blank: false,
    }),
  ]);
});
