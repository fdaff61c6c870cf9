import type { MeetingInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];
const themeDays = (b: string, skip: readonly number[] = []): MeetingInput[] =>
  Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((m) => !skip.includes(m))
    .map((m) => ({
      branch: b,
      types: ["theme-day"],
      date: `2024-${String(m).padStart(2, "0")}-01`,
    }));

testRule(rule, [
  { name: "a theme day every month passes", workbook: { branches, meetings: themeDays(branch) } },
  {
    name: "a month without a theme day → error",
    workbook: { branches, meetings: themeDays(branch, [8]) },
    findings: [
      { messageId: "missing", kind: "period", branch, period: "2024-08", severity: "error" },
    ],
  },
  {
    name: "a combined 主题党日、党课 row counts",
    workbook: {
      branches,
      meetings: [
        ...themeDays(branch, [7]),
        { branch, types: ["lecture", "theme-day"], date: "2024-07-01" },
      ],
    },
  },
  {
    name: "two theme days in one month do not make up for another month",
    workbook: {
      branches,
      meetings: [...themeDays(branch, [9]), { branch, types: ["theme-day"], date: "2024-10-25" }],
    },
    findings: [{ messageId: "missing", period: "2024-09" }],
  },
  {
    name: "every branch is required, each with its own meetings",
    workbook: {
      branches: [...branches, { name: "第二党支部", secretary: "李四" }],
      meetings: [...themeDays(branch), ...themeDays("第二党支部", [1, 2])],
    },
    findings: [
      { messageId: "missing", branch: "第二党支部", period: "2024-01" },
      { messageId: "missing", branch: "第二党支部", period: "2024-02" },
    ],
  },
  {
    name: "a 1 January meeting of next year does not count for December",
    workbook: {
      branches,
      meetings: [...themeDays(branch, [12]), { branch, types: ["theme-day"], date: "2025-01-01" }],
    },
    findings: [{ messageId: "missing", period: "2024-12" }],
  },
]);
