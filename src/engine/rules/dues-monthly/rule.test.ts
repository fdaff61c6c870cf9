import type { DuesInput, MemberInput } from "../../testing/buildWorkbook";
import { asOf, runRuleCase, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const BRANCH = "第一党支部";
const zhang: MemberInput = { name: "张三", branch: BRANCH };
const mm = (month: number) => `2024-${String(month).padStart(2, "0")}`;
const pay = (month: number | string, extra: Partial<DuesInput> = {}): DuesInput => ({
  branch: BRANCH,
  name: "张三",
  months: typeof month === "number" ? mm(month) : month,
  paid: 50,
  ...extra,
});
const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const payFor = (list: number[], extra: Partial<DuesInput> = {}) => list.map((m) => pay(m, extra));
const missing = (month: number, person = "张三", branch = BRANCH) => ({
  messageId: "missing",
  period: mm(month),
  person,
  branch,
});

testRule(rule, [
  {
    name: "a member who died on 2024-05-10 owes dues up to May, none after",
    workbook: {
      members: [{ ...zhang, status: "deceased", statusChanged: "2024-05-10" }],
      dues: payFor(months(1, 4)),
    },
    findings: [missing(5)],
  },
  {
    name: "转出, 停止党籍 and 出党 end the months owed likewise; without 变动日期, none are owed",
    workbook: {
      members: [
        { ...zhang, status: "transferred-out", statusChanged: "2024-11-30" },
        { name: "李四", branch: BRANCH, status: "suspended", statusChanged: "2024-02-01" },
        { name: "王五", branch: BRANCH, status: "expelled" },
      ],
      dues: [...payFor(months(1, 11)), pay(1, { name: "李四" })],
    },
    findings: [missing(2, "李四")],
  },
  {
    name: "a member abroad from 2024-10-08: unpaid months from October are reminders",
    workbook: {
      members: [{ ...zhang, status: "abroad", statusChanged: "2024-10-08" }],
      dues: payFor(months(1, 8)),
    },
    findings: [
      missing(9),
      ...[10, 11, 12].map((month) => ({
        messageId: "missingAway",
        severity: "reminder" as const,
        period: mm(month),
        data: { name: "张三", branch: BRANCH, period: mm(month), status: "abroad" },
      })),
    ],
  },
  {
    name: "挂职借调, 因病 and 流动党员 without 变动日期 are away all year",
    workbook: {
      members: [
        { ...zhang, status: "seconded" },
        { name: "李四", branch: BRANCH, status: "long-ill" },
        { name: "王五", branch: BRANCH, status: "mobile" },
      ],
      dues: [...payFor(months(1, 11)), ...payFor(months(1, 11), { name: "李四" })],
    },
    findings: [
      { messageId: "missingAway", severity: "reminder", person: "张三", period: mm(12) },
      { messageId: "missingAway", severity: "reminder", person: "李四", period: mm(12) },
      ...months(1, 12).map((m) => ({
        messageId: "missingAway",
        severity: "reminder" as const,
        person: "王五",
        period: mm(m),
      })),
    ],
  },
  {
    name: "a normal status changes nothing",
    workbook: { members: [{ ...zhang, status: "normal" }], dues: payFor(months(1, 11)) },
    findings: [missing(12)],
  },
  {
    name: "a payment for every month passes",
    workbook: { members: [zhang], dues: payFor(months(1, 12)) },
  },
  {
    name: "a month without payment is a period finding for that member-month",
    workbook: { members: [zhang], dues: payFor([...months(1, 4), ...months(6, 12)]) },
    findings: [
      {
        messageId: "missing",
        kind: "period",
        severity: "error",
        sheet: "党费台账",
        row: null,
        period: "2024-05",
        person: "张三",
        branch: BRANCH,
        data: { name: "张三", branch: BRANCH, period: "2024-05" },
      },
    ],
  },
  {
    name: "a multi-month row covers each of its months",
    workbook: { members: [zhang], dues: [pay("2024-01..2024-03"), pay("2024-04..2024-12")] },
  },
  {
    name: "a row reaching across the year's end still covers the year's months",
    workbook: { members: [zhang], dues: [pay("2023-12..2024-06"), pay("2024-07..2025-01")] },
  },
  {
    name: "a row of the previous year does not count",
    workbook: { members: [zhang], dues: [pay("2023-01"), ...payFor(months(2, 12))] },
    findings: [missing(1)],
  },
  {
    name: "a member admitted as probationary on 5-20 owes from May",
    workbook: {
      members: [{ ...zhang, probationaryAdmitted: "2024-05-20" }],
      dues: payFor(months(5, 12)),
    },
  },
  {
    name: "an April payment does not cover a member admitted in May",
    workbook: {
      members: [{ ...zhang, probationaryAdmitted: "2024-05-20" }],
      dues: payFor([4, ...months(6, 12)]),
    },
    findings: [missing(5)],
  },
  {
    name: "a member transferred in owes from the month of transfer",
    workbook: { members: [{ ...zhang, transferredIn: "2024-03-31" }], dues: payFor(months(4, 12)) },
    findings: [missing(3)],
  },
  {
    name: "a member transferred out owes up to the month of transfer",
    workbook: { members: [{ ...zhang, transferredOut: "2024-08-01" }], dues: payFor(months(1, 7)) },
    findings: [missing(8)],
  },
  {
    name: "a member who left before the year owes nothing",
    workbook: { members: [{ ...zhang, transferredOut: "2023-11" }], dues: [] },
  },
  {
    name: "an entry of 0 does not pay the month, an approved exemption does",
    workbook: {
      members: [zhang],
      dues: [
        pay(1, { paid: 0 }),
        pay(2, { paid: 0, remark: "经支部批准免交" }),
        ...payFor(months(3, 12)),
      ],
    },
    findings: [missing(1)],
  },
  {
    name: "a row whose 实交 could not be read does not pay the month",
    workbook: {
      members: [zhang],
      dues: [{ branch: BRANCH, name: "张三", months: "2024-01" }, ...payFor(months(2, 12))],
    },
    findings: [missing(1)],
  },
  {
    name: "a name unique in the roster matches whatever branch the dues row writes",
    workbook: { members: [zhang], dues: payFor(months(1, 12), { branch: "一支部" }) },
  },
  {
    name: "a name two members share is matched by branch",
    workbook: {
      members: [zhang, { name: "张三", branch: "第二党支部" }],
      dues: [...payFor(months(1, 12)), ...payFor(months(1, 11), { branch: "第二党支部" })],
    },
    findings: [missing(12, "张三", "第二党支部")],
  },
  {
    name: "a dues row for someone not in the roster gives no finding here",
    workbook: { members: [zhang], dues: [...payFor(months(1, 12)), pay(1, { name: "王五" })] },
  },
  {
    name: "a member with no dues rows at all misses every month",
    workbook: { members: [zhang, { name: "李四", branch: BRANCH }], dues: payFor(months(1, 12)) },
    findings: months(1, 12).map((m) => missing(m, "李四")),
  },
  {
    name: "a month ending within 15 days is a reminder; later months are open",
    settings: { asOf: asOf("2024-06-20") },
    workbook: { members: [zhang], dues: payFor(months(1, 5)) },
    findings: [
      {
        ...missing(6),
        severity: "reminder",
        data: expect.objectContaining({ dueDate: "2024-06-30" }),
      },
    ],
  },
  {
    name: "a month ending more than 15 days later is neither missing nor reminded",
    settings: { asOf: asOf("2024-06-10") },
    workbook: { members: [zhang], dues: payFor(months(1, 5)) },
  },
]);

describe("dues-monthly period records", () => {
  test("met member-months are recorded for the summary", () => {
    const result = runRuleCase(rule, {
      name: "records",
      workbook: {
        members: [{ ...zhang, transferredIn: "2024-03-01" }],
        dues: payFor(months(3, 11)),
      },
    });
    const statuses = result.periods.map((p) => `${p.period}:${p.status}`);
    expect(statuses).toHaveLength(10);
    expect(statuses.filter((s) => s.endsWith(":met"))).toHaveLength(9);
    expect(statuses).toContain("2024-12:missing");
    expect(result.periods.every((p) => p.person === "张三" && p.branch === BRANCH)).toBe(true);
  });
});
