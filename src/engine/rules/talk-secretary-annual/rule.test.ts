import { renderClause } from "../clause";
import type { TalkInput } from "../../testing/buildWorkbook";
import { asOf, runRuleCase, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];
const members = [
  { name: "张三", branch, partyRole: "secretary" as const },
  { name: "李四", branch, partyRole: "committee-member" as const },
  { name: "王五", branch },
];
const talk = (talker: string, counterparts: string[], date = "2024-05-10"): TalkInput => ({
  branch,
  talker,
  counterparts,
  date,
});

testRule(rule, [
  {
    name: "the secretary talked with every member: passes (one talk may name several)",
    workbook: { branches, members, talks: [talk("张三", ["李四", "王五"])] },
  },
  {
    name: "a talk a member held with the secretary counts too",
    workbook: { branches, members, talks: [talk("张三", ["李四"]), talk("王五", ["张三"])] },
  },
  {
    name: "a member without a talk in the year → warning for that member",
    workbook: {
      branches,
      members,
      talks: [talk("张三", ["李四"]), talk("张三", ["王五"], "2023-12-28")],
    },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        severity: "warning",
        sheet: "谈心谈话台账",
        branch,
        person: "王五",
        period: "2024",
        data: { branch, secretary: "张三", person: "王五", period: "2024" },
      },
    ],
  },
  {
    name: "talks by someone other than the secretary do not count",
    workbook: { branches, members, talks: [talk("张三", ["李四"]), talk("李四", ["王五"])] },
    findings: [{ messageId: "missing", person: "王五" }],
  },
  {
    name: "a member who left before the year, or is recorded as 去世 without a date, is not asked",
    workbook: {
      branches,
      members: [
        ...members.slice(0, 2),
        { name: "王五", branch, transferredOut: "2023-11-01" },
        { name: "赵六", branch, status: "deceased" as const },
      ],
      talks: [talk("张三", ["李四"])],
    },
  },
  {
    name: "a member who left before a new secretary took office is not asked of that secretary",
    workbook: {
      branches: [{ name: branch, secretary: "张三", secretaryAppointed: "2024-05-01" }],
      members: [...members.slice(0, 2), { name: "王五", branch, transferredOut: "2024-03-15" }],
      talks: [talk("张三", ["李四"])],
    },
  },
  {
    name: "a member abroad without a talk → reminder only",
    workbook: {
      branches,
      members: [...members.slice(0, 2), { name: "王五", branch, status: "abroad" as const }],
      talks: [talk("张三", ["李四"])],
    },
    findings: [{ messageId: "missingAway", severity: "reminder", person: "王五" }],
  },
  {
    name: "before the year ends, within 15 days → reminder",
    workbook: { branches, members, talks: [talk("张三", ["李四"])] },
    settings: { asOf: asOf("2024-12-20") },
    findings: [{ messageId: "missing", severity: "reminder", person: "王五" }],
  },
]);

describe("talk-secretary-annual without 谈心谈话台账", () => {
  test("is skipped, not failed: the summary shows 未提供", () => {
    const result = runRuleCase(rule, { name: "absent", workbook: { branches, members } });
    expect(result.findings).toEqual([]);
    expect(result.stats[0]?.skipped).toBe("missing-sheet");
  });
});

describe("talk-secretary-annual basis", () => {
  // The yearly talk is the 支部工作条例's own article, which binds the branch; it is cited by number.
  test("cites 支部工作条例 第十九条", () => {
    expect(renderClause(rule.meta.clause, "zh-CN")).toContain(
      "《中国共产党支部工作条例（试行）》第十九条“党支部委员之间、党支部委员和党员之间、党员和党员之间，每年谈心谈话一般不少于1次”"
    );
  });
});
