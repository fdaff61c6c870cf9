import type { DuesInput, MemberInput } from "../../testing/buildWorkbook";
import { asOf, runRuleCase, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const BRANCH = "第一党支部";
const zhang: MemberInput = { name: "张三", branch: BRANCH };
const mm = (month: number) => `2024-${String(month).padStart(2, "0")}`;
const pay = (months: string, extra: Partial<DuesInput> = {}): DuesInput => ({
  branch: BRANCH,
  name: "张三",
  months,
  paid: 50,
  ...extra,
});
/** Payments for every month of 2024 except those listed. */
const payAllBut = (...unpaid: number[]) =>
  Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((m) => !unpaid.includes(m))
    .map((m) => pay(mm(m)));
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const lapse = (from: number, to: number) => ({
  messageId: "lapse",
  period: "2024",
  data: expect.objectContaining({ from: mm(from), to: mm(to), count: to - from + 1 }),
});

testRule(rule, [
  {
    name: "a member who died is never told 按自行脱党处理: a reminder about the months before death",
    workbook: {
      members: [{ ...zhang, status: "deceased", statusChanged: "2024-09-20" }],
      dues: payAllBut(...range(3, 12)),
    },
    findings: [
      {
        messageId: "lapseDeceased",
        severity: "reminder",
        data: expect.objectContaining({ from: mm(3), to: mm(9), count: 7 }),
      },
    ],
  },
  {
    name: "a member abroad at the end of the run: a reminder to pay, not an error",
    workbook: {
      members: [{ ...zhang, status: "abroad", statusChanged: "2024-04-15" }],
      dues: payAllBut(...range(4, 9)),
    },
    findings: [
      {
        messageId: "lapseAway",
        severity: "reminder",
        data: expect.objectContaining({ from: mm(4), to: mm(9), status: "abroad" }),
      },
    ],
  },
  {
    name: "a run that ended before the member went abroad stays an error",
    workbook: {
      members: [{ ...zhang, status: "seconded", statusChanged: "2024-11-01" }],
      dues: payAllBut(...range(2, 7)),
    },
    findings: [{ ...lapse(2, 7), severity: "error" }],
  },
  {
    name: "a member who paid every month passes",
    workbook: { members: [zhang], dues: payAllBut() },
  },
  {
    name: "5 consecutive unpaid months are left to dues-monthly",
    workbook: { members: [zhang], dues: payAllBut(...range(3, 7)) },
  },
  {
    name: "6 consecutive unpaid months are one finding for the year",
    workbook: { members: [zhang], dues: payAllBut(...range(3, 8)) },
    findings: [
      {
        messageId: "lapse",
        kind: "period",
        severity: "error",
        sheet: "党费台账",
        period: "2024",
        person: "张三",
        branch: BRANCH,
        data: { name: "张三", branch: BRANCH, from: "2024-03", to: "2024-08", count: 6 },
      },
    ],
  },
  {
    name: "a longer run is still one finding",
    workbook: { members: [zhang], dues: payAllBut(...range(2, 10)) },
    findings: [lapse(2, 10)],
  },
  {
    name: "no payment all year is one run of 12",
    workbook: { members: [zhang], dues: [] },
    findings: [lapse(1, 12)],
  },
  {
    name: "two runs long enough are two findings",
    options: { minMonths: 3 },
    workbook: { members: [zhang], dues: payAllBut(1, 2, 3, 5, 6, 7) },
    findings: [lapse(1, 3), lapse(5, 7)],
  },
  {
    name: "runs split by a payment are counted apart (Jan–May is 5, Jul–Dec is 6)",
    workbook: { members: [zhang], dues: [pay("2023-12"), pay("2024-06")] },
    findings: [lapse(7, 12)],
  },
  {
    name: "a run crossing the year's end is seen whole when the ledger holds last year (Sep–Feb)",
    workbook: {
      members: [zhang],
      dues: [pay("2023-01..2023-08"), ...payAllBut(1, 2)],
    },
    findings: [
      {
        messageId: "lapse",
        severity: "error",
        period: "2024",
        data: expect.objectContaining({ from: "2023-09", to: "2024-02", count: 6 }),
      },
    ],
  },
  {
    name: "a run that ended last year is last year's business",
    workbook: { members: [zhang], dues: [pay("2023-01..2023-05"), ...payAllBut()] },
  },
  {
    name: "without last year's months, 3 unpaid months from January → reminder to check the months before",
    workbook: { members: [zhang], dues: payAllBut(1, 2, 3) },
    findings: [
      {
        messageId: "unseenBefore",
        severity: "reminder",
        data: {
          name: "张三",
          branch: BRANCH,
          from: mm(1),
          to: mm(3),
          count: 3,
          previousYear: 2023,
          minMonths: 6,
        },
      },
    ],
  },
  {
    name: "2 unpaid months from January, or a member who joined this year: no reminder",
    workbook: {
      members: [zhang, { name: "李四", branch: BRANCH, transferredIn: "2024-01-05" }],
      dues: [...payAllBut(1, 2), pay("2024-04..2024-12", { name: "李四" })],
    },
  },
  {
    name: "a multi-month row breaks the run",
    workbook: { members: [zhang], dues: [pay("2024-01..2024-02"), pay("2024-06..2024-12")] },
  },
  {
    name: "an entry of 0 is no payment",
    workbook: {
      members: [zhang],
      dues: [...payAllBut(...range(1, 6)), pay("2024-03", { paid: 0 })],
    },
    findings: [lapse(1, 6)],
  },
  {
    name: "months before a transfer in are not owed",
    workbook: {
      members: [{ ...zhang, transferredIn: "2024-06-15" }],
      dues: payAllBut(...range(1, 5)),
    },
  },
  {
    name: "a member transferred in on 7-1 who never paid lapses from July",
    workbook: { members: [{ ...zhang, transferredIn: "2024-07-01" }], dues: [] },
    findings: [lapse(7, 12)],
  },
  {
    name: "months after a transfer out are not owed",
    workbook: {
      members: [{ ...zhang, transferredOut: "2024-06-30" }],
      dues: payAllBut(...range(7, 12)),
    },
  },
  {
    name: "only ended months count: on 7-15, Feb–Jun is 5 months",
    settings: { asOf: asOf("2024-07-15") },
    workbook: { members: [zhang], dues: [pay("2024-01")] },
  },
  {
    name: "on 8-1, Feb–Jul is 6 ended months",
    settings: { asOf: asOf("2024-08-01") },
    workbook: { members: [zhang], dues: [pay("2024-01")] },
    findings: [lapse(2, 7)],
  },
  {
    name: "within 15 days of the month that would make 6, a reminder",
    settings: { asOf: asOf("2024-07-20") },
    workbook: { members: [zhang], dues: [pay("2024-01")] },
    findings: [
      {
        messageId: "imminent",
        severity: "reminder",
        period: "2024",
        person: "张三",
        data: {
          name: "张三",
          branch: BRANCH,
          from: "2024-02",
          to: "2024-07",
          unpaid: 5,
          count: 6,
          dueDate: "2024-07-31",
        },
      },
    ],
  },
  {
    name: "no reminder once the current month is paid",
    settings: { asOf: asOf("2024-07-20") },
    workbook: { members: [zhang], dues: [pay("2024-01"), pay("2024-07")] },
  },
  {
    name: "the number of months can be configured",
    options: { minMonths: 3 },
    workbook: { members: [zhang], dues: payAllBut(2, 3, 4, 9, 10) },
    findings: [lapse(2, 4)],
  },
  {
    name: "another member's payments do not count",
    workbook: { members: [zhang, { name: "李四", branch: BRANCH }], dues: payAllBut() },
    findings: [{ ...lapse(1, 12), person: "李四" }],
  },
]);

describe("dues-six-month-lapse period records", () => {
  test("a member without a lapse is recorded as met for the year", () => {
    const result = runRuleCase(rule, {
      name: "records",
      workbook: { members: [zhang], dues: payAllBut(5) },
    });
    expect(result.periods).toEqual([
      expect.objectContaining({ period: "2024", person: "张三", branch: BRANCH, status: "met" }),
    ]);
  });
});
