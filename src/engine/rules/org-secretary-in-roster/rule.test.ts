import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [{ name: "第一党支部", secretary: "张三" }];

testRule(rule, [
  {
    name: "a secretary recorded as 去世 in the roster",
    workbook: {
      branches,
      members: [
        { name: "张三", branch: "第一党支部", status: "deceased", statusChanged: "2024-08-02" },
      ],
    },
    findings: [
      {
        messageId: "statusEnded",
        data: {
          branch: "第一党支部",
          secretary: "张三",
          status: "deceased",
          leftDate: "2024-08-02",
        },
      },
    ],
  },
  {
    name: "a secretary recorded as 转出 without any date",
    workbook: {
      branches,
      members: [{ name: "张三", branch: "第一党支部", status: "transferred-out" }],
    },
    findings: [{ messageId: "statusEndedUndated" }],
  },
  {
    name: "a secretary abroad is still the branch's member",
    workbook: {
      branches,
      members: [
        { name: "张三", branch: "第一党支部", status: "abroad", statusChanged: "2024-08-02" },
      ],
    },
  },
  {
    name: "the secretary is a member of the branch",
    workbook: { branches, members: [{ name: "张三", branch: "第一党支部" }] },
  },
  {
    name: "the secretary is not in the roster at all",
    workbook: { branches, members: [{ name: "李四", branch: "第一党支部" }] },
    findings: [
      {
        messageId: "notInRoster",
        severity: "warning",
        kind: "row",
        sheet: "支部信息",
        row: 2,
        column: "B",
        branch: "第一党支部",
        person: "张三",
        data: { branch: "第一党支部", secretary: "张三" },
      },
    ],
  },
  {
    name: "the secretary is registered with another branch",
    workbook: { branches, members: [{ name: "张三", branch: "第二党支部" }] },
    findings: [
      {
        messageId: "otherBranch",
        data: { branch: "第一党支部", secretary: "张三", otherBranch: "第二党支部" },
      },
    ],
  },
  {
    name: "a namesake elsewhere does not matter when the secretary is in the branch",
    workbook: {
      branches,
      members: [
        { name: "张三", branch: "第二党支部" },
        { name: "张三", branch: "第一党支部" },
      ],
    },
  },
  {
    name: "a secretary whose roster row records a transfer out before the as-of date",
    workbook: {
      branches,
      members: [{ name: "张三", branch: "第一党支部", transferredOut: "2024-09-30" }],
    },
    findings: [
      {
        messageId: "transferredOut",
        data: { branch: "第一党支部", secretary: "张三", leftDate: "2024-09-30" },
      },
    ],
  },
  {
    name: "a transfer out after the as-of date still counts as a member",
    workbook: {
      branches,
      members: [{ name: "张三", branch: "第一党支部", transferredOut: "2025-02-01" }],
    },
  },
  {
    name: "a second roster row without a transfer out keeps the secretary in the branch",
    workbook: {
      branches,
      members: [
        { name: "张三", branch: "第一党支部", transferredOut: "2023-05-01" },
        { name: "张三", branch: "第一党支部", transferredIn: "2024-02-01" },
      ],
    },
  },
  {
    name: "an empty roster sheet: every secretary is missing",
    workbook: { branches: [...branches, { name: "第二党支部", secretary: "李四" }], members: [] },
    findings: [
      { messageId: "notInRoster", row: 2, person: "张三" },
      { messageId: "notInRoster", row: 3, person: "李四" },
    ],
  },
  {
    name: "a blank secretary is left to structure-unreadable-cell",
    workbook: {
      branches: [{ name: "第一党支部", secretary: "" }],
      members: [{ name: "李四", branch: "第一党支部" }],
    },
  },
]);
