import type { MeetingInput, MemberInput } from "../../testing/buildWorkbook";
import { asOf, runRuleCase, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];
const groupMeetings = (
  group: string | undefined,
  skip: readonly number[] = [],
  b = branch
): MeetingInput[] =>
  Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((m) => !skip.includes(m))
    .map((m) => ({
      branch: b,
      types: ["group"],
      date: `2024-${String(m).padStart(2, "0")}-10`,
      group,
    }));
const member = (name: string, group?: string, b = branch): MemberInput => ({
  name,
  branch: b,
  group,
});
const twoGroups = [member("甲", "第一党小组"), member("乙", "第二党小组"), member("丙")];

testRule(rule, [
  {
    name: "each group meeting every month passes",
    workbook: {
      branches,
      members: twoGroups,
      meetings: [...groupMeetings("第一党小组"), ...groupMeetings("第二党小组")],
    },
  },
  {
    name: "a group missing a month → error naming the group",
    workbook: {
      branches,
      members: twoGroups,
      meetings: [...groupMeetings("第一党小组"), ...groupMeetings("第二党小组", [3])],
    },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        branch,
        period: "2024-03",
        severity: "error",
        data: { branch, group: "第二党小组", period: "2024-03" },
      },
    ],
  },
  {
    name: "a branch without 党小组 is not required to hold group meetings",
    workbook: { branches, members: [member("甲"), member("乙")], meetings: [] },
  },
  {
    name: "another group's meeting does not count",
    workbook: {
      branches,
      members: twoGroups,
      meetings: [
        ...groupMeetings("第一党小组"),
        ...groupMeetings("第二党小组", [5]),
        ...groupMeetings("第一党小组").slice(4, 5),
      ],
    },
    findings: [
      {
        messageId: "missing",
        period: "2024-05",
        data: { branch, group: "第二党小组", period: "2024-05" },
      },
    ],
  },
  {
    name: "a group meeting row without a group name counts when the branch has exactly one group",
    workbook: {
      branches,
      members: [member("甲", "第一党小组"), member("乙")],
      meetings: groupMeetings(undefined),
    },
  },
  {
    name: "a row without a group name counts for no group when the branch has several",
    workbook: {
      branches,
      members: twoGroups,
      meetings: [
        ...groupMeetings("第一党小组", [6]),
        ...groupMeetings("第二党小组", [6]),
        ...groupMeetings(undefined).slice(5, 6),
      ],
    },
    findings: [
      {
        messageId: "missing",
        period: "2024-06",
        data: { branch, group: "第一党小组", period: "2024-06" },
      },
      {
        messageId: "missing",
        period: "2024-06",
        data: { branch, group: "第二党小组", period: "2024-06" },
      },
    ],
  },
  {
    name: "a group named only in the meeting ledger is required too",
    workbook: {
      branches,
      members: [member("甲", "第一党小组")],
      meetings: [
        ...groupMeetings("第一党小组"),
        { branch, types: ["theme-day"], date: "2024-01-05", group: "离退休党小组" },
      ],
    },
    settings: { asOf: asOf("2024-02-10") },
    findings: [
      {
        messageId: "missing",
        period: "2024-01",
        data: { branch, group: "离退休党小组", period: "2024-01" },
      },
    ],
  },
  {
    name: "a group of a member who left before the year is not required",
    workbook: {
      branches,
      members: [
        member("甲", "第一党小组"),
        { ...member("乙", "第二党小组"), transferredOut: "2023-10-01" },
      ],
      meetings: groupMeetings("第一党小组"),
    },
  },
  {
    name: "the same group name in another branch is another group",
    workbook: {
      branches: [...branches, { name: "第二党支部", secretary: "李四" }],
      members: [member("甲", "第一党小组"), member("乙", "第一党小组", "第二党支部")],
      meetings: [
        ...groupMeetings("第一党小组"),
        ...groupMeetings("第一党小组", [], "第二党支部").slice(0, 11),
      ],
    },
    findings: [{ messageId: "missing", branch: "第二党支部", period: "2024-12" }],
  },
]);

describe("meeting-group-monthly period records", () => {
  test("carry the group as their subject", () => {
    const result = runRuleCase(rule, {
      name: "subjects",
      workbook: { branches, members: twoGroups, meetings: groupMeetings("第一党小组") },
    });
    const subjects = new Set(result.periods.map((p) => p.subject));
    expect(subjects).toEqual(new Set(["第一党小组", "第二党小组"]));
    expect(
      result.periods.filter((p) => p.subject === "第一党小组" && p.status === "met")
    ).toHaveLength(12);
    expect(
      result.periods.filter((p) => p.subject === "第二党小组" && p.status === "missing")
    ).toHaveLength(12);
  });
});
