import { checkWorkbook, summaryData } from "../check";
import { loadFixture } from "../../../test/fixtures/loadFixture";
import { encodeSummaryData, type SummaryData } from "../summary/summaryData";
import { parseSummaryData } from "./summaryDataSchema";

/** The new fields of the summary data (已说明, setting changes) as the level above accepts them. */

function data(): SummaryData {
  const fixture = loadFixture("department-q1");
  const result = checkWorkbook(fixture.sheets, {
    ...fixture.options,
    lectureFrequency: "year",
    rules: {
      "meeting-theme-day-monthly": { enabled: false },
      "dues-rate": { severity: "warning" },
    },
  });
  return summaryData(result, { checkedAt: "2024-04-10 10:00", version: "0.1.0" });
}

const read = (value: unknown) => parseSummaryData(encodeSummaryData(value as SummaryData));

describe("the summary data schema's 已说明 and setting changes", () => {
  it("accepts what a check writes, changes included", () => {
    const written = data();
    expect(written.settingChanges).toHaveLength(3);
    const reading = read(written);
    expect(reading).toEqual({ ok: true, data: written });
  });

  it("accepts a summary written before these fields existed", () => {
    const older: Partial<SummaryData> = data();
    delete older.acknowledged;
    delete older.settingChanges;
    expect(read(older).ok).toBe(true);
  });

  it.each<[string, (d: SummaryData) => unknown]>([
    [
      "an unknown kind of change",
      (d) => ({ ...d, settingChanges: [{ kind: "rule-hidden", ruleId: "x" }] }),
    ],
    [
      "an unknown key on a change",
      (d) => ({ ...d, settingChanges: [{ kind: "rule-off", ruleId: "dues-rate", note: "x" }] }),
    ],
    [
      "a rule id that is not one",
      (d) => ({ ...d, settingChanges: [{ kind: "rule-off", ruleId: '=HYPERLINK("x")' }] }),
    ],
    [
      "an unknown setting",
      (d) => ({
        ...d,
        settingChanges: [{ kind: "setting", setting: "asOf", value: "2024-01-01", default: "" }],
      }),
    ],
    [
      "an unknown severity",
      (d) => ({
        ...d,
        settingChanges: [
          { kind: "rule-severity", ruleId: "dues-rate", from: "error", to: "fatal" },
        ],
      }),
    ],
    [
      "a value too long",
      (d) => ({
        ...d,
        settingChanges: [
          { kind: "setting", setting: "reminderDays", value: "9".repeat(501), default: "15" },
        ],
      }),
    ],
    [
      "a control character in a value",
      (d) => ({
        ...d,
        settingChanges: [
          { kind: "setting", setting: "reminderDays", value: "3\u0007", default: "15" },
        ],
      }),
    ],
    ["a negative count of explained warnings", (d) => ({ ...d, acknowledged: -1 })],
    ["a fractional count of explained warnings", (d) => ({ ...d, acknowledged: 1.5 })],
    [
      "too many changes",
      (d) => ({
        ...d,
        settingChanges: Array.from({ length: 501 }, () => ({
          kind: "rule-off",
          ruleId: "dues-rate",
        })),
      }),
    ],
  ])("refuses %s", (_name, tamper) => {
    const reading = read(tamper(data()));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toBe("invalid");
  });
});
