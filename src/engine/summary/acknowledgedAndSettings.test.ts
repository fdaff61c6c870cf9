import { testSettings } from "../testing/ruleTester";
import { finding, lookup, months } from "../testing/summaryTestData";
import { buildSummary, type SummaryInput } from "./buildSummary";
import type { SheetModel } from "../workbook/sheetModel";

/** 已说明 warnings and changed settings on the 汇总表 (specification.md, "Summary sheet"). */

const explained = finding("meeting-general-quorum", "warning", {
  sheet: "会议台账",
  row: 12,
  branch: "第一党支部",
  data: { attended: 4, expected: 10 },
  acknowledged: { reason: "该次会议为学习会，不作表决", date: "2025-01-10" },
});
const open = finding("meeting-general-quorum", "warning", {
  sheet: "会议台账",
  row: 14,
  branch: "第一党支部",
  data: { attended: 3, expected: 10 },
});

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    findings: [explained, open],
    periods: months("meeting-general-quarterly", "第一党支部", 12, "met"),
    stats: [],
    settings: testSettings({ unitName: "市某某局机关党委" }),
    branches: ["第一党支部"],
    lookup,
    checkedAt: "2025-01-15 10:30",
    version: "0.1.0",
    ...overrides,
  };
}

const rowText = (model: SheetModel, row: number): string[] =>
  model.cells.filter((c) => c.row === row && c.column < 25).map((c) => String(c.value));
const rowWith = (model: SheetModel, text: string): number => {
  const found = model.cells.find((c) => String(c.value).includes(text));
  if (!found) throw new Error(`no cell holds ${text}`);
  return found.row;
};

describe("the 汇总表 with explained warnings (已说明)", () => {
  const model = buildSummary(input());

  it("counts them apart: out of 提示, in a section of their own with the reason", () => {
    expect(model.data?.totals.warning).toBe(1);
    expect(model.data?.acknowledged).toBe(1);
    expect(model.data?.branches[0]?.warning).toBe(1);
    const section = rowWith(model, "五、已说明事项");
    const header = rowText(model, section + 2);
    expect(header).toEqual(expect.arrayContaining(["说明日期", "说明理由", "问题说明"]));
    const entry = rowText(model, section + 3);
    expect(entry).toEqual(
      expect.arrayContaining(["该次会议为学习会，不作表决", "2025年1月10日", "第一党支部"])
    );
    expect(model.cells).toContainEqual(
      expect.objectContaining({ row: section + 3, value: 12, style: "link" })
    );
  });

  it("lists only the unexplained warning in 问题清单, and says under the rate how many were explained", () => {
    // The list is a sheet of its own, written with the 汇总表; its row links name each finding.
    const list = model.attachments?.[0];
    const listed = (list?.cells ?? []).filter((c) => c.style === "link");
    expect(listed.map((c) => c.value)).toEqual([14]);
    expect(rowText(model, rowWith(model, "另有1条提示")).join("")).toContain(
      "另有1条提示经本单位核实已说明（见第五部分），未计入上表提示数，仍计入合规率。"
    );
  });

  // The rate itself is tested on a real workbook (acknowledge/acknowledge.test.ts): without one
  // the summary has no row share for a finding to move.
  it("writes no section and counts nothing apart when nothing is explained", () => {
    const plain = buildSummary(
      input({ findings: [{ ...explained, acknowledged: undefined }, open] })
    );
    expect(plain.data?.acknowledged).toBe(0);
    expect(plain.cells.some((c) => String(c.value).includes("已说明事项"))).toBe(false);
  });
});

describe("the 汇总表 of a check whose settings depart from the rules", () => {
  const model = buildSummary(
    input({
      settingChanges: [
        { kind: "rule-off", ruleId: "meeting-theme-day-monthly" },
        { kind: "rule-severity", ruleId: "dues-rate", from: "error", to: "warning" },
      ],
    })
  );

  it("states each change right under the 总体合规率, in the 不符合 colours", () => {
    const rate = rowWith(model, "总体合规率");
    const off = model.cells.find((c) => String(c.value).startsWith("本次检查未启用"));
    expect(off?.value).toBe("本次检查未启用：“每月开展主题党日”，其要求未检查，不计入合规率。");
    expect(off?.row).toBe(rate + 1);
    expect(off?.style).toBe("bad");
    expect(rowText(model, rate + 2).join("")).toContain(
      "本次检查改变了严重程度：“党费按规定比例计算”由不符合改为提示。"
    );
  });

  it("carries the changes in the data the roll-up reads", () => {
    expect(model.data?.settingChanges).toEqual([
      { kind: "rule-off", ruleId: "meeting-theme-day-monthly" },
      { kind: "rule-severity", ruleId: "dues-rate", from: "error", to: "warning" },
    ]);
    expect(buildSummary(input()).data?.settingChanges).toEqual([]);
  });
});
