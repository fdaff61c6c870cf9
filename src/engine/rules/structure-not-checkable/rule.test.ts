import type { SheetInput } from "../../cell/types";
import { checkWorkbook } from "../../check";
import type { CheckOptions } from "../../config/settings";

const MONTHS = ["1月", "2月", "3月", "4月", "5月", "6月"];

const roster: SheetInput = {
  name: "党员名册",
  values: [
    ["姓名", "所在支部"],
    ["王五", "第一党支部"],
  ],
};

const rowsDues = (headers: string[], row: (string | number)[]): SheetInput => ({
  name: "党费台账",
  values: [headers, row],
});

const register = (cells: (string | number)[]): SheetInput => ({
  name: "2025年党员党费交纳登记表",
  values: [
    ["姓名", "所属支部", "月应缴党费", ...MONTHS],
    ["王五", "第一党支部", 50, ...cells],
  ],
});

const annual: SheetInput = {
  name: "党费台账",
  values: [
    ["姓名", "所属支部", "党费基数", "全年应交党费", "全年实交党费"],
    ["王五", "第一党支部", 5000, 600, 600],
  ],
};

const branches: SheetInput = {
  name: "支部信息",
  values: [
    ["支部名称", "书记", "书记任职日期"],
    ["第一党支部", "王五", "2025-03-01"],
  ],
};

const hours: SheetInput = {
  name: "培训台账",
  values: [
    ["姓名", "支部", "集中学时", "网络学时"],
    ["王五", "第一党支部", 20, 16],
  ],
};

interface Case {
  name: string;
  sheets: SheetInput[];
  /** The zh-CN messages of this rule's findings, in order. */
  messages: string[];
  options?: CheckOptions;
  /** Rules that must have run on the form. */
  ran?: string[];
}

const CASES: Case[] = [
  {
    name: "the template's one-row form with every column: nothing to report",
    sheets: [
      roster,
      rowsDues(
        ["支部", "姓名", "所属月份", "实交党费", "交纳日期"],
        ["第一党支部", "王五", "2025-01", 50, "2025-01-20"]
      ),
    ],
    messages: [],
  },
  {
    name: "the one-row form without 交纳日期: the two date rules are listed, once",
    sheets: [
      roster,
      rowsDues(["支部", "姓名", "所属月份", "实交党费"], ["第一党支部", "王五", "2025-01", 50]),
    ],
    messages: [
      "“党费台账”没有“交纳日期”列，无法检查“补交党费不超过6个月”“在党费集中交纳日交纳”。请在表头增加“交纳日期”列并填写",
    ],
  },
  {
    name: "a register whose month cells hold dates: every dues rule can check it",
    sheets: [roster, register(["2025-01-20", "2025-02-20", 50])],
    messages: [],
  },
  {
    name: "a register of amounts and ticks only: the date rules cannot check it",
    sheets: [roster, register([50, "√", "已交"])],
    messages: [
      "“2025年党员党费交纳登记表”是按月登记表（每月一列），月份格内没有记录交纳日期，无法检查“补交党费不超过6个月”“在党费集中交纳日交纳”。如需检查，请在月份格内填写交纳日期（如“2025-03-20”）",
    ],
  },
  {
    name: "the annual table: every month-by-month rule is listed",
    sheets: [roster, annual],
    ran: ["dues-rate", "dues-paid-in-full"],
    messages: [
      "“党费台账”是党费年度汇总表，只记录全年应交、实交金额，无法检查“按月交纳党费”“补交党费不超过6个月”“连续6个月未交纳党费”“在党费集中交纳日交纳”“按季度交纳党费须经支部同意”。请按月记录党费交纳情况（标准模板的“党费台账”，或每月一列的党员党费交纳登记表）",
    ],
  },
  {
    name: "the hours table: the course rules are listed, 学时 is checked",
    sheets: [branches, roster, hours],
    ran: ["training-member-hours"],
    messages: [
      "“培训台账”是学时统计表，没有逐条记录参加的培训班，无法检查“支部书记每年参加集中轮训”“新任支部书记6个月内接受集中培训”。请在培训台账中逐条登记支部书记参加的集中轮训、任职培训",
    ],
  },
  {
    name: "a rule switched off is not listed",
    sheets: [branches, roster, hours],
    options: { rules: { "training-new-secretary-6m": { enabled: false } } },
    messages: [
      "“培训台账”是学时统计表，没有逐条记录参加的培训班，无法检查“支部书记每年参加集中轮训”。请在培训台账中逐条登记支部书记参加的集中轮训、任职培训",
    ],
  },
];

describe("structure-not-checkable", () => {
  test.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = checkWorkbook(c.sheets, { asOf: "2025-12-31", year: 2025, ...c.options });
    const own = result.findings.filter((f) => f.ruleId === "structure-not-checkable");
    expect(own.map((f) => f.message)).toEqual(c.messages);
    for (const finding of own) {
      expect(finding).toMatchObject({ kind: "structure", severity: "warning", row: null });
    }
    // What cannot be checked is not checked: those rules record why and report nothing.
    const silenced = result.stats.filter((s) => s.skipped === "not-checkable").map((s) => s.ruleId);
    for (const id of silenced) expect(result.findings.some((f) => f.ruleId === id)).toBe(false);
    for (const id of c.ran ?? []) {
      expect([id, result.stats.find((s) => s.ruleId === id)?.skipped]).toEqual([id, undefined]);
    }
  });

  test("en-US names the rules by their English titles", () => {
    const result = checkWorkbook([branches, roster, hours], {
      asOf: "2025-12-31",
      year: 2025,
      locale: "en-US",
    });
    const own = result.findings.find((f) => f.ruleId === "structure-not-checkable");
    expect(own?.message).toContain('"Branch secretary\'s annual training", "');
  });
});
