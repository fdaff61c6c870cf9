import type { ReadIssue } from "../../model/ledgers";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const several = (overrides: Partial<Extract<ReadIssue, { type: "several-sheets" }>> = {}) => ({
  type: "several-sheets" as const,
  ledger: "meetings" as const,
  used: "2024年三会一课台账",
  unused: [{ name: "2023年三会一课台账", hidden: true }],
  reason: "year" as const,
  year: 2024,
  ...overrides,
});

testRule(rule, [
  { name: "one sheet per ledger: nothing to report", workbook: { branches: [] } },
  {
    name: "the sheet named for the checked year was used; the hidden one was not",
    workbook: { issues: [several()] },
    findings: [
      {
        messageId: "year-hidden",
        severity: "warning",
        kind: "structure",
        sheet: "2024年三会一课台账",
        row: null,
        data: {
          ledger: "会议台账",
          used: "2024年三会一课台账",
          count: 2,
          hidden: "“2023年三会一课台账”",
          year: 2024,
        },
      },
    ],
  },
  {
    name: "without a checked year, the newest year named",
    workbook: {
      issues: [several({ year: null, unused: [{ name: "2023年会议台账", hidden: false }] })],
    },
    findings: [{ messageId: "newest", data: expect.not.objectContaining({ year: 2024 }) }],
  },
  {
    name: "the visible sheet was used over a hidden one",
    workbook: { issues: [several({ reason: "visible", year: null })] },
    findings: [{ messageId: "visible-hidden" }],
  },
  {
    name: "three sheets, decided by the name: every unused one is listed",
    workbook: {
      issues: [
        several({
          used: "会议台账",
          reason: "name",
          unused: [
            { name: "Sheet1", hidden: false },
            { name: "会议台账（旧）", hidden: true },
          ],
        }),
      ],
    },
    findings: [
      {
        messageId: "other-both",
        data: expect.objectContaining({
          count: 3,
          unused: "“Sheet1”",
          hidden: "“会议台账（旧）”",
        }),
      },
    ],
  },
]);
