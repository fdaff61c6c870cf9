import { RULES } from "../rules/registry";
import type { BranchColumn } from "../rules/types";
import { branchTableColumns } from "./branchColumns";
import { isRuleId } from "../basics";

const column = (order: number, show: BranchColumn["show"], width = 9): BranchColumn => ({
  order,
  header: { "zh-CN": `列${order}`, "en-US": `Column ${order}` },
  width,
  show,
});

describe("branchTableColumns", () => {
  test("places each rule's column by its order, a periods column over one column per quarter", () => {
    const { columns, widths } = branchTableColumns([
      { id: "meeting-org-life-annual", summary: column(20, { kind: "mark" }) },
      { id: "dues-rate" },
      {
        id: "meeting-general-quarterly",
        summary: column(10, { kind: "periods", frequency: "quarter" }, 8),
      },
    ]);
    expect(columns.map((c) => [c.ruleId, c.first, c.span])).toEqual([
      ["meeting-general-quarterly", 1, 4],
      ["meeting-org-life-annual", 5, 1],
    ]);
    // 支部, four quarters, the mark, then 不符合, 提示, 合规率.
    expect(widths).toEqual([18, 8, 8, 8, 8, 9, 7, 7, 9]);
    expect(columns[0]?.periodKeys(2024)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(columns[0]?.periodLabels("zh-CN")).toEqual(["一季度", "二季度", "三季度", "四季度"]);
    expect(columns[1]?.periodKeys(2024)).toEqual([]);
  });

  test("the registry's columns have distinct orders and name registered rules", () => {
    const placed = RULES.flatMap((r) => (r.meta.summary ? [r.meta.summary] : []));
    expect(new Set(placed.map((s) => s.order)).size).toBe(placed.length);
    for (const s of placed) {
      if (s.show.kind === "member-months") expect(isRuleId(s.show.shortfallRule)).toBe(true);
    }
    // The marker column Z (25) must stay outside the grid.
    expect(branchTableColumns().widths.length).toBeLessThan(25);
  });
});
