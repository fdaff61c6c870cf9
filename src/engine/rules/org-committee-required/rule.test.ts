import { testRule } from "../../testing/ruleTester";
import type { MemberInput } from "../../testing/buildWorkbook";
import type { MemberCategory } from "../../model/vocabulary";
import rule from "./rule";

const branches = [{ name: "第一党支部", secretary: "张三", hasCommittee: false }];
const people = (
  count: number,
  memberCategory?: MemberCategory,
  extra: Partial<MemberInput> = {}
): MemberInput[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `${memberCategory === "probationary" ? "预备" : "党员"}${i + 1}`,
    branch: "第一党支部",
    memberCategory,
    ...extra,
  }));

testRule(rule, [
  {
    name: "6 正式 + 2 预备 党员 need no committee",
    workbook: { branches, members: [...people(6, "full"), ...people(2, "probationary")] },
  },
  {
    name: "7 正式党员 without a committee → warning on the 是否设支委会 cell",
    workbook: { branches, members: people(7, "full") },
    findings: [
      {
        messageId: "noCommittee",
        severity: "warning",
        kind: "row",
        sheet: "支部信息",
        row: 2,
        column: "F",
        branch: "第一党支部",
        data: { branch: "第一党支部", fullMembers: 7, threshold: 7 },
      },
    ],
  },
  {
    name: "a blank 党员类别 counts as 正式",
    workbook: { branches, members: people(7) },
    findings: [{ messageId: "noCommittee" }],
  },
  {
    name: "a branch with a committee passes",
    workbook: {
      branches: [{ name: "第一党支部", secretary: "张三", hasCommittee: true }],
      members: people(9, "full"),
    },
  },
  {
    name: "a blank 是否设支委会 is not judged here",
    workbook: { branches: [{ name: "第一党支部", secretary: "张三" }], members: people(9, "full") },
  },
  {
    name: "members who transferred out by the as-of date are not counted",
    workbook: {
      branches,
      members: [
        ...people(6, "full"),
        {
          name: "王五",
          branch: "第一党支部",
          memberCategory: "full",
          transferredOut: "2024-10-01",
        },
      ],
    },
  },
  {
    name: "a transfer out after the as-of date still counts",
    workbook: {
      branches,
      members: [
        ...people(6, "full"),
        {
          name: "王五",
          branch: "第一党支部",
          memberCategory: "full",
          transferredOut: "2025-03-01",
        },
      ],
    },
    findings: [{ messageId: "noCommittee" }],
  },
  {
    name: "members of other branches are not counted",
    workbook: {
      branches,
      members: [
        ...people(6, "full"),
        { name: "赵六", branch: "第二党支部", memberCategory: "full" },
      ],
    },
  },
  {
    name: "the threshold is an option",
    workbook: { branches, members: people(6, "full") },
    options: { threshold: 5 },
    findings: [
      { messageId: "noCommittee", data: { branch: "第一党支部", fullMembers: 6, threshold: 5 } },
    ],
  },
]);
