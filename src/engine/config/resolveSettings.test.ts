import { dayFromIso } from "../calendar/day";
import { buildWorkbook } from "../testing/buildWorkbook";
import { dominantLedgerYear } from "../model/dominantYear";
import { resolveSettings } from "./resolveSettings";

const day = (iso: string): number => dayFromIso(iso) as number;
const NOW = Date.UTC(2025, 2, 10, 20, 0); // 2025-03-11 04:00 in China
const meetings = (...dates: string[]) =>
  dates.map((date) => ({ branch: "第一党支部", types: ["general" as const], date }));

describe("resolveSettings", () => {
  test("defaults: today in China time, the as-of year, specification.md's defaults", () => {
    const { settings, problems } = resolveSettings(buildWorkbook({}), { now: NOW });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      asOf: day("2025-03-11"),
      year: 2025,
      yearSource: "as-of",
      locale: "zh-CN",
      reminderDays: 15,
      duesRounding: "fen",
      lectureFrequency: "quarter",
      collectionDay: null,
      unitName: null,
      departmentSecretary: null,
    });
    expect(settings.centralTrainingKeywords).toEqual([
      "集中",
      "轮训",
      "党校",
      "示范培训",
      "示范班",
      "培训班",
      "任职培训",
      "专题班",
    ]);
    expect(settings.collectionDayOff).toBe(false);
  });

  test("the year comes from the ledgers' dates when 单位信息 has none", () => {
    const workbook = buildWorkbook({
      meetings: meetings("2024-03-01", "2024-06-01", "2025-01-05"),
    });
    expect(dominantLedgerYear(workbook)).toBe(2024);
    expect(resolveSettings(workbook, { now: NOW }).settings).toMatchObject({
      year: 2024,
      yearSource: "ledger-dates",
    });
  });

  test("a tie between ledger years goes to the later year", () => {
    expect(
      dominantLedgerYear(buildWorkbook({ meetings: meetings("2023-05-01", "2024-05-01") }))
    ).toBe(2024);
  });

  test("单位信息 overrides defaults and ledger dates", () => {
    const workbook = buildWorkbook({
      unitInfo: {
        unitName: "市示范局机关党委",
        departmentSecretary: "王建国",
        year: 2023,
        collectionDay: 15,
        lectureFrequency: "half-year",
      },
      meetings: meetings("2024-03-01"),
    });
    expect(resolveSettings(workbook, { now: NOW }).settings).toMatchObject({
      year: 2023,
      yearSource: "unit-info",
      unitName: "市示范局机关党委",
      departmentSecretary: "王建国",
      collectionDay: 15,
      lectureFrequency: "half-year",
    });
  });

  test("explicit options override 单位信息", () => {
    const workbook = buildWorkbook({
      unitInfo: { year: 2023, collectionDay: 15, lectureFrequency: "year" },
    });
    const { settings } = resolveSettings(workbook, {
      now: NOW,
      asOf: "2024-12-31",
      year: 2024,
      locale: "en-US",
      reminderDays: 30,
      duesRounding: "jiao",
      collectionDay: null,
      lectureFrequency: "quarter",
      centralTrainingKeywords: ["集中"],
      rules: { "dues-rate": { enabled: false } },
    });
    expect(settings).toMatchObject({
      asOf: day("2024-12-31"),
      year: 2024,
      yearSource: "option",
      locale: "en-US",
      reminderDays: 30,
      duesRounding: "jiao",
      collectionDay: null,
      lectureFrequency: "quarter",
      centralTrainingKeywords: ["集中"],
      rules: { "dues-rate": { enabled: false } },
    });
  });

  test("an as-of date may be an Excel serial", () => {
    expect(resolveSettings(buildWorkbook({}), { asOf: 45657 }).settings.asOf).toBe(45657);
  });

  test("unusable options are reported and replaced by defaults, never thrown", () => {
    const { settings, problems } = resolveSettings(buildWorkbook({}), {
      now: NOW,
      asOf: "2024-02-30",
      year: 24,
      reminderDays: -3,
    });
    expect(problems.map((p) => p.option)).toEqual(["asOf", "year", "reminderDays"]);
    expect(settings).toMatchObject({ asOf: day("2025-03-11"), year: 2025, reminderDays: 15 });
  });

  test("a collection day outside 1–31 switches the collection-day rule off", () => {
    expect(
      resolveSettings(buildWorkbook({}), { collectionDay: 40 }).settings.collectionDay
    ).toBeNull();
  });
});
