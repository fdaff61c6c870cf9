import type { MemberInput } from "../../testing/buildWorkbook";
import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const probationary = (admitted: string, fields: Partial<MemberInput> = {}): MemberInput => ({
  name: "王五",
  branch,
  memberCategory: "probationary",
  probationaryAdmitted: admitted,
  ...fields,
});

// Rule tests are checked on 2025-01-15.
testRule(rule, [
  {
    name: "admitted 2024-03-01: still within the year of probation",
    workbook: { members: [probationary("2024-03-01")] },
  },
  {
    name: "admitted 2024-01-15: the probation ends on the as-of date itself → only a reminder",
    workbook: { members: [probationary("2024-01-15")] },
    findings: [{ messageId: "dueSoon", severity: "reminder" }],
  },
  {
    name: "admitted 2024-01-14: ended yesterday and still 预备 → warning on 党员类别",
    workbook: { members: [probationary("2024-01-14")] },
    findings: [
      {
        messageId: "due",
        severity: "warning",
        kind: "row",
        sheet: "党员名册",
        row: 2,
        column: "D",
        branch,
        person: "王五",
        data: {
          person: "王五",
          branch,
          admitted: "2024-01-14",
          ends: "2025-01-14",
          limit: "2026-01-14",
        },
      },
    ],
  },
  {
    name: "two years past admission (beyond the longest extension) → error",
    workbook: { members: [probationary("2023-01-14")] },
    findings: [{ messageId: "overdue", severity: "error" }],
  },
  {
    name: "exactly two years on the as-of date is still a warning",
    workbook: { members: [probationary("2023-01-15")] },
    findings: [{ messageId: "due", severity: "warning" }],
  },
  {
    name: "a full member, or a probationary member without 接收预备党员日期, is not checked",
    workbook: {
      members: [
        probationary("2022-05-01", { memberCategory: "full" }),
        { name: "赵六", branch, memberCategory: "probationary" },
      ],
    },
  },
  {
    name: "one who has left the rolls (转出, 去世) is not checked",
    workbook: {
      members: [
        probationary("2023-03-01", { transferredOut: "2024-06-01" }),
        probationary("2023-03-01", {
          name: "赵六",
          status: "deceased",
          statusChanged: "2024-09-01",
        }),
      ],
    },
  },
  {
    name: "the probation ending within 15 days → reminder due on its last day",
    workbook: { members: [probationary("2024-01-25")] },
    findings: [
      {
        messageId: "dueSoon",
        severity: "reminder",
        data: expect.objectContaining({ ends: "2025-01-25", dueDate: "2025-01-25" }),
      },
    ],
  },
  {
    name: "the overdue severity is an option",
    workbook: { members: [probationary("2022-06-01")] },
    options: { overdueSeverity: "warning" },
    settings: { asOf: asOf("2025-01-15") },
    findings: [{ messageId: "overdue", severity: "warning" }],
  },
]);
