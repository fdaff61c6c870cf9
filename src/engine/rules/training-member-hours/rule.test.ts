import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [{ name: "第一党支部", secretary: "李书记" }];
const zhang = { name: "张三", branch: "第一党支部" };
const hours = (start: string, h: number, category = "集中培训", extra: object = {}) => ({
  name: "张三",
  start,
  category,
  hours: h,
  ...extra,
});
const short = (h: number, required = 32) => ({
  messageId: "short",
  kind: "period" as const,
  severity: "warning" as const,
  sheet: "培训台账",
  branch: "第一党支部",
  person: "张三",
  period: "2024",
  data: { person: "张三", branch: "第一党支部", period: "2024", hours: h, required },
});

testRule(rule, [
  {
    name: "a retired member short of hours gets a reminder, not a warning (不作硬性要求)",
    workbook: {
      branches,
      members: [{ ...zhang, personCategory: "retired" }],
      training: [hours("2024-03-01", 12)],
    },
    findings: [{ ...short(12), messageId: "shortRetired", severity: "reminder" }],
  },
  {
    name: "a member away (挂职借调) during the year: a reminder",
    workbook: {
      branches,
      members: [{ ...zhang, status: "seconded", statusChanged: "2024-06-01" }],
      training: [hours("2024-03-01", 12)],
    },
    findings: [
      {
        messageId: "shortAway",
        severity: "reminder",
        data: expect.objectContaining({ status: "seconded", hours: 12, required: 32 }),
      },
    ],
  },
  {
    name: "a member who died in March owes no hours for the rest of the year",
    workbook: {
      branches,
      members: [{ ...zhang, status: "deceased", statusChanged: "2024-03-10" }],
      training: [hours("2024-02-01", 8)],
    },
  },
  {
    name: "出党 without 变动日期: nothing is required in the year",
    workbook: { branches, members: [{ ...zhang, status: "expelled" }], training: [] },
  },
  {
    name: "exactly 32 hours in the year passes",
    workbook: {
      branches,
      members: [zhang],
      training: [hours("2024-03-01", 24), hours("2024-10-01", 8, "网络培训")],
    },
  },
  {
    name: "31.5 hours is short",
    workbook: { branches, members: [zhang], training: [hours("2024-03-01", 31.5)] },
    findings: [short(31.5)],
  },
  {
    name: "hours are summed without floating-point dust (0.2 + 27.9 + 3.9 = 32)",
    workbook: {
      branches,
      members: [zhang],
      training: [hours("2024-03-01", 0.2), hours("2024-04-01", 27.9), hours("2024-05-01", 3.9)],
    },
  },
  {
    name: "trainings starting outside the year do not count",
    workbook: {
      branches,
      members: [zhang],
      training: [hours("2023-12-31", 20), hours("2024-01-01", 12), hours("2025-01-01", 20)],
    },
    findings: [short(12)],
  },
  {
    name: "a member with no training rows has 0 hours",
    workbook: { branches, members: [zhang], training: [] },
    findings: [short(0)],
  },
  {
    name: "rows without 学时 add nothing",
    workbook: {
      branches,
      members: [zhang],
      training: [
        { name: "张三", start: "2024-03-01", category: "集中培训" },
        hours("2024-04-01", 30),
      ],
    },
    findings: [short(30)],
  },
  {
    name: "a namesake's hours in another branch do not count; a row without 支部 does",
    workbook: {
      branches,
      members: [zhang],
      training: [
        hours("2024-03-01", 20, "集中培训", { branch: "第二党支部" }),
        hours("2024-04-01", 10),
        hours("2024-05-01", 10, "集中培训", { branch: "第一党支部" }),
      ],
    },
    findings: [short(20)],
  },
  {
    name: "minHours is configurable",
    workbook: { branches, members: [zhang], training: [hours("2024-03-01", 24)] },
    options: { minHours: 24 },
  },
  {
    name: "online hours count by default; with countOnline off they are left out",
    workbook: {
      branches,
      members: [zhang],
      training: [hours("2024-03-01", 24), hours("2024-10-01", 8, "网络培训")],
    },
    options: { countOnline: false },
    findings: [short(24)],
  },
  {
    name: "自学 never counts",
    workbook: {
      branches,
      members: [zhang],
      training: [hours("2024-03-01", 24), hours("2024-10-01", 8, "自学")],
    },
    findings: [short(24)],
  },
  {
    name: "the branch secretary needs 56 学时 (JYGL 第二十条): 55 is short, 56 passes",
    workbook: {
      branches: [{ name: "第一党支部", secretary: "张三" }],
      members: [zhang, { name: "王五", branch: "第一党支部", partyRole: "committee-member" }],
      training: [hours("2024-03-01", 55), hours("2024-03-01", 56, "集中培训", { name: "王五" })],
    },
    findings: [
      {
        messageId: "shortOfficer",
        severity: "warning",
        person: "张三",
        data: { person: "张三", branch: "第一党支部", period: "2024", hours: 55, required: 56 },
      },
    ],
  },
  {
    name: "a 委员 or 副书记 in the roster needs 56 too, pro-rated like anyone",
    workbook: {
      branches,
      members: [
        { name: "王五", branch: "第一党支部", partyRole: "committee-member" },
        {
          name: "赵六",
          branch: "第一党支部",
          partyRole: "deputy-secretary",
          transferredIn: "2024-07-15",
        },
      ],
      training: [
        hours("2024-03-01", 40, "集中培训", { name: "王五" }),
        hours("2024-09-01", 27, "集中培训", { name: "赵六" }),
      ],
    },
    findings: [
      {
        messageId: "shortOfficer",
        person: "王五",
        data: expect.objectContaining({ required: 56 }),
      },
      {
        messageId: "shortOfficerProrated",
        person: "赵六",
        data: expect.objectContaining({ required: 28, months: 6 }),
      },
    ],
  },
  {
    name: "transferred in on 2024-07-15: 6 months on the roll → 16 hours required",
    workbook: {
      branches,
      members: [{ ...zhang, transferredIn: "2024-07-15" }],
      training: [hours("2024-09-01", 16)],
    },
  },
  {
    name: "transferred out on 2024-03-10: 3 months → 8 hours required, 6 logged is short",
    workbook: {
      branches,
      members: [{ ...zhang, transferredOut: "2024-03-10" }],
      training: [hours("2024-02-01", 6)],
    },
    findings: [
      {
        messageId: "shortProrated",
        person: "张三",
        data: {
          person: "张三",
          branch: "第一党支部",
          period: "2024",
          hours: 6,
          required: 8,
          months: 3,
        },
      },
    ],
  },
  {
    name: "admitted as a probationary member on 2024-11-20: 2 months → 5.3 hours required",
    workbook: {
      branches,
      members: [{ ...zhang, probationaryAdmitted: "2024-11-20" }],
      training: [hours("2024-12-01", 5)],
    },
    findings: [
      {
        messageId: "shortProrated",
        data: {
          person: "张三",
          branch: "第一党支部",
          period: "2024",
          hours: 5,
          required: 5.3,
          months: 2,
        },
      },
    ],
  },
  {
    name: "with prorate off, a mid-year transfer still needs the full hours",
    workbook: {
      branches,
      members: [{ ...zhang, transferredIn: "2024-07-15" }],
      training: [hours("2024-09-01", 16)],
    },
    options: { prorate: false },
    findings: [short(16)],
  },
  {
    name: "members who left before or joined after the year are not checked",
    workbook: {
      branches,
      members: [
        { ...zhang, transferredOut: "2023-12-31" },
        { name: "李四", branch: "第一党支部", transferredIn: "2025-01-02" },
      ],
      training: [],
    },
  },
  {
    name: "a member listed twice is checked once",
    workbook: { branches, members: [zhang, zhang], training: [] },
    findings: [short(0)],
  },
  {
    name: "before the year ends, within 15 days → reminder",
    workbook: { branches, members: [zhang], training: [hours("2024-03-01", 20)] },
    settings: { asOf: asOf("2024-12-20") },
    findings: [
      {
        messageId: "short",
        severity: "reminder",
        data: {
          person: "张三",
          branch: "第一党支部",
          period: "2024",
          hours: 20,
          required: 32,
          dueDate: "2024-12-31",
        },
      },
    ],
  },
]);
