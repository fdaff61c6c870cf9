import { checkWorkbook } from "../check";
import { loadFixture } from "../../../test/fixtures/loadFixture";
import { describeSettingChanges } from "../render/settingChanges";
import { settingChanges } from "./settingChanges";

const fixture = loadFixture("department-q1");

describe("settingChanges", () => {
  it("is empty for a check that follows the rules as written", () => {
    expect(settingChanges({}, { issues: [] })).toEqual([]);
    // Settings equal to the defaults, or a rule switched on at its own severity, change nothing.
    expect(
      settingChanges(
        {
          duesRounding: "fen",
          reminderDays: 15,
          lectureFrequency: "quarter",
          rules: { "dues-rate": { enabled: true, severity: "error" } },
        },
        { issues: [] }
      )
    ).toEqual([]);
  });

  it("lists rules off, severities, options and check-wide settings", () => {
    const changes = settingChanges(
      {
        lectureFrequency: "year",
        duesRounding: "jiao",
        rules: {
          "meeting-theme-day-monthly": { enabled: false },
          "dues-rate": { severity: "warning" },
          "meeting-org-life-annual": { options: { deadline: "04-30", topicKeywords: 5 } },
        },
      },
      { issues: [] }
    );
    expect(changes).toEqual([
      { kind: "rule-off", ruleId: "meeting-theme-day-monthly" },
      {
        kind: "rule-option",
        ruleId: "meeting-org-life-annual",
        option: "deadline",
        value: "04-30",
        default: "03-31",
      },
      { kind: "rule-severity", ruleId: "dues-rate", from: "error", to: "warning" },
      { kind: "setting", setting: "lectureFrequency", value: "year", default: "quarter" },
      { kind: "setting", setting: "duesRounding", value: "jiao", default: "fen" },
    ]);
    expect(describeSettingChanges(changes, "zh-CN")).toEqual([
      "本次检查未启用：“每月开展主题党日”，其要求未检查，不计入合规率。",
      "本次检查改变了严重程度：“党费按规定比例计算”由不符合改为提示。",
      "本次检查改变了规则参数：“每年召开组织生活会”：年度组织生活会最迟在次年的哪一天前召开（月-日，默认03-31），本次设为“04-30”（默认“03-31”）。",
      "本次检查改变了设置：党课频率为“每年”（单位信息或默认为“每季度”）；应交党费取整为“到角”（单位信息或默认为“到分”）。",
    ]);
    const english = describeSettingChanges(changes, "en-US");
    expect(english[0]).toBe(
      'Not applied in this check: "Monthly theme party day"; their requirements were not checked and are not in the compliance rate.'
    );
    expect(english[3]).toContain("Lecture frequency = “yearly”");
  });

  it("measures the lecture frequency against the one 单位信息 declares", () => {
    const check = checkWorkbook(fixture.sheets, fixture.options);
    const declared = check.workbook.unitInfo?.info.lectureFrequency ?? "quarter";
    expect(settingChanges({ lectureFrequency: declared }, check.workbook)).toEqual([]);
  });

  it("names a rule this version does not know by its id", () => {
    expect(describeSettingChanges([{ kind: "rule-off", ruleId: "future-rule" }], "zh-CN")).toEqual([
      "本次检查未启用：“future-rule”，其要求未检查，不计入合规率。",
    ]);
  });

  it("travels on the check's result", () => {
    const result = checkWorkbook(fixture.sheets, {
      ...fixture.options,
      rules: { "dues-monthly": { enabled: false } },
    });
    expect(result.settingChanges).toEqual([{ kind: "rule-off", ruleId: "dues-monthly" }]);
  });
});
