import { day, isoDate } from "../../calendar/day";
import { periodOf } from "../../calendar/period";
import { DEFAULTS } from "../../config/settings";
import { buildWorkbook, dateCell } from "../../testing/buildWorkbook";
import {
  appointmentDay,
  centralTrainingsOf,
  datedTrainings,
  hoursInYear,
  isCentralTraining,
  membershipInYear,
  monthsSpanned,
  newSecretaryDeadline,
  roundTo,
  trainingsOfPerson,
} from "./training";

const keywords = {
  centralTrainingKeywords: DEFAULTS.centralTrainingKeywords,
  excludedTrainingKeywords: DEFAULTS.excludedTrainingKeywords,
};
const year2024 = periodOf("year", 2024, 1);

describe("isCentralTraining", () => {
  test.each([
    ["集中轮训", true],
    ["集中培训", true],
    ["支部书记轮训班", true],
    ["市委党校进修", true],
    ["示范培训", true],
    ["新任党支部书记培训班", true],
    ["党支部书记任职培训", true],
    ["基层党组织书记示范班", true],
    ["学习贯彻专题班", true],
    ["网络培训班", false],
    ["网络集中培训", false],
    ["线上轮训", false],
    ["集中自学", false],
    ["网络培训", false],
    ["专题讲座", false],
    ["", false],
    ["  ", false],
  ])("%s → %s", (category, expected) => {
    expect(isCentralTraining(category, keywords)).toBe(expected);
  });

  test("blank keywords are ignored instead of matching everything", () => {
    expect(
      isCentralTraining("专题讲座", {
        centralTrainingKeywords: ["", " "],
        excludedTrainingKeywords: [],
      })
    ).toBe(false);
    expect(
      isCentralTraining("集中培训", {
        centralTrainingKeywords: ["集中"],
        excludedTrainingKeywords: [""],
      })
    ).toBe(true);
  });
});

describe("trainingsOfPerson", () => {
  const trainings = datedTrainings(
    buildWorkbook({
      training: [
        { name: "张三", branch: "第一党支部", start: "2024-01-05" },
        { name: "张三", start: "2024-02-05" },
        { name: "张三", branch: "第二党支部", start: "2024-03-05" },
        { name: "李四", branch: "第一党支部", start: "2024-04-05" },
        { name: "张三", branch: "第一党支部", start: "2024-05-05" },
        { name: "", branch: "第一党支部", start: "2024-06-05" },
      ],
    })
  );
  const rows = (name: string, branch?: string): number[] =>
    trainingsOfPerson(trainings, name, branch).map((t) => t.row);

  test.each<[string, string | undefined, number[]]>([
    ["张三", "第一党支部", [2, 3, 6]],
    ["张三", "第二党支部", [3, 4]],
    ["张三", "第三党支部", [3]],
    ["张三", undefined, [2, 3, 4, 6]],
    ["张三", "", [2, 3, 4, 6]],
    ["李四", "第二党支部", []],
    ["王五", "第一党支部", []],
    ["", undefined, []],
  ])("%s of %s: rows %j (a row without 支部 counts for any branch)", (name, branch, expected) => {
    expect(rows(name, branch)).toEqual(expected);
  });
});

describe("datedTrainings and centralTrainingsOf", () => {
  const workbook = buildWorkbook({
    training: [
      { name: "张三", category: "集中培训", start: "2024-06-01" },
      { name: "张三", category: "集中培训" },
      { name: "", category: "集中培训", start: "2024-06-01" },
      { name: "张三", category: "网络培训", start: "2024-02-01" },
      { name: "张三", category: "集中轮训", start: "2024-03-01" },
      { name: "张三", start: "2024-04-01" },
    ],
  });

  test("rows without a name or start date are skipped", () => {
    expect(datedTrainings(workbook).map((t) => t.row)).toEqual([2, 5, 6, 7]);
  });

  test("central trainings come sorted by start date", () => {
    const rows = centralTrainingsOf(datedTrainings(workbook), keywords, "张三").map((t) => t.row);
    expect(rows).toEqual([6, 2]);
  });
});

describe("newSecretaryDeadline", () => {
  test.each([
    ["2024-03-31", "2024-09-30"],
    ["2024-01-15", "2024-07-15"],
    ["2024-08-31", "2025-02-28"],
    ["2023-08-31", "2024-02-29"],
    ["2024-07-01", "2025-01-01"],
    ["2024-03", "2024-09-30"],
    ["2024-02", "2024-08-29"],
  ])("任职 %s → %s", (appointed, deadline) => {
    expect(isoDate(newSecretaryDeadline(dateCell(appointed), 6))).toBe(deadline);
  });

  test("a month-only appointment is read as the month's last day", () => {
    expect(isoDate(appointmentDay(dateCell("2024-02")))).toBe("2024-02-29");
    expect(isoDate(appointmentDay(dateCell("2024-02-10")))).toBe("2024-02-10");
  });
});

describe("membershipInYear and monthsSpanned", () => {
  const member = { row: 2, name: "张三", branch: "第一党支部" };

  test("a member all year spans 12 months", () => {
    const span = membershipInYear(member, year2024);
    expect(span).toEqual({ from: year2024.start, to: year2024.end });
    expect(span && monthsSpanned(span.from, span.to)).toBe(12);
  });

  test("transfers and admission shorten the span; part months count", () => {
    const span = membershipInYear(
      {
        ...member,
        transferredIn: dateCell("2024-03-20"),
        probationaryAdmitted: dateCell("2024-02-01"),
        transferredOut: dateCell("2024-05-02"),
      },
      year2024
    );
    expect(span).toEqual({ from: day(2024, 3, 20), to: day(2024, 5, 2) });
    expect(span && monthsSpanned(span.from, span.to)).toBe(3);
  });

  test("a member outside the year has no span", () => {
    expect(membershipInYear({ ...member, transferredOut: dateCell("2023-12-31") }, year2024)).toBe(
      undefined
    );
    expect(membershipInYear({ ...member, transferredIn: dateCell("2025-01-01") }, year2024)).toBe(
      undefined
    );
  });
});

describe("hoursInYear", () => {
  const member = { row: 2, name: "张三", branch: "第一党支部" };
  const trainings = datedTrainings(
    buildWorkbook({
      training: [
        { name: "张三", category: "集中培训", start: "2024-06-01", hours: 0.2 },
        { name: "张三", category: "网络培训", start: "2024-06-02", hours: 27.9 },
        { name: "张三", category: "集中轮训", start: "2024-06-03", hours: 3.9 },
        { name: "张三", category: "自学", start: "2024-06-04", hours: 10 },
        { name: "张三", category: "集中轮训", start: "2023-06-03", hours: 8 },
        { name: "张三", branch: "第二党支部", category: "集中轮训", start: "2024-06-03", hours: 8 },
        { name: "李四", category: "集中轮训", start: "2024-06-03", hours: 8 },
      ],
    })
  );

  const counting = {
    onlineKeywords: ["网络", "线上"],
    countOnline: true,
    selfStudyKeywords: ["自学"],
  };

  test("sums the person's hours in the year, rounded to 2 decimals; 自学 never counts", () => {
    expect(hoursInYear(trainings, member, year2024, counting)).toBe(32);
  });

  test("online study counts only when the setting says so", () => {
    expect(hoursInYear(trainings, member, year2024, { ...counting, countOnline: false })).toBe(4.1);
  });

  test("roundTo", () => {
    expect(roundTo(5.333, 1)).toBe(5.3);
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
  });
});
