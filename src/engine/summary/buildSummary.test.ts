import { columnIndex, parseCellAddress } from "../cell/address";
import type { FindingData } from "../findings/types";
import type { UnitInfo } from "../model/ledgers";
import { buildWorkbook } from "../testing/buildWorkbook";
import { asOf, testSettings } from "../testing/ruleTester";
import { buildSummary, buildSummaryData, type SummaryInput } from "./buildSummary";
import { rowLink } from "./findingText";
import { summaryMessage } from "../render/messages";
import {
  FINDINGS_LIST_MARKER,
  isSummaryDataMarker,
  isSummaryMarker,
  SUMMARY_MARKER,
} from "../workbook/markers";
import type { SheetModel, SheetCell } from "../workbook/sheetModel";
import { finding, lookup, months, period } from "../testing/summaryTestData";

const BRANCHES = ["第一党支部", "第二党支部"];

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    findings: [],
    periods: [],
    stats: [],
    settings: testSettings({ unitName: "市某某局机关党委" }),
    branches: BRANCHES,
    lookup,
    checkedAt: "2025-01-15 10:30",
    version: "0.1.0",
    ...overrides,
  };
}

function at(model: SheetModel, address: string): SheetCell | undefined {
  const position = parseCellAddress(address);
  return model.cells.find((c) => c.row === position?.row && c.column === position?.column);
}

/** The first row whose column A holds `text`. */
function rowOf(model: SheetModel, text: string | number, after = 0): number {
  const found = model.cells.find((c) => c.row > after && c.column === 0 && c.value === text);
  if (!found) throw new Error(`no row starts with ${text}`);
  return found.row;
}

function rowValues(model: SheetModel, row: number): (string | number)[] {
  const merged = new Set(
    model.merges.flatMap((m) =>
      m.firstRow === row
        ? Array.from({ length: m.lastColumn - m.firstColumn }, (_, i) => m.firstColumn + i + 1)
        : []
    )
  );
  return model.cells
    .filter((c) => c.row === row && c.column <= LAST && !merged.has(c.column))
    .map((c) => c.value);
}

/** The grid's last column: 支部, 4 quarters, 11 rule columns, 不符合, 提示, 合规率 → S. */
const LAST = 18;

const allText = (model: SheetModel): string => model.cells.map((c) => String(c.value)).join("\n");

describe("buildSummary: frame", () => {
  const model = buildSummary(input());

  test("title, as-of date, time of check and version", () => {
    expect(at(model, "A1")?.value).toBe("市某某局机关党委2024年度党建台账检查汇总表");
    expect(at(model, "A1")?.style).toBe("title");
    expect(at(model, "A2")?.value).toBe(
      "检查基准日：2025年1月15日　　检查时间：2025-01-15 10:30（北京时间）　　版本：0.1.0"
    );
    expect(model.merges.map((m) => m.address)).toEqual(expect.arrayContaining(["A1:S1", "A2:S2"]));
  });

  // A citation (沪委发〔2019〕18号第（十一）条；《支部工作条例》第十一条) fits on two lines, not four.
  test("依据 of the reminders and of the 问题清单 is at least 30 characters wide", () => {
    const head = model.cells.find((c) => c.value === "待办事项");
    const basis = model.cells.find((c) => c.row === head?.row && c.value === "依据");
    const merge = model.merges.find(
      (m) => m.firstRow === basis?.row && m.firstColumn === basis?.column
    );
    const widths = model.columnWidths.slice(merge?.firstColumn, (merge?.lastColumn ?? 0) + 1);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);
    const list = model.attachments?.[0];
    const listBasis = list?.cells.find((c) => c.value === "依据");
    expect(list?.columnWidths[listBasis?.column ?? 0]).toBeGreaterThanOrEqual(30);
  });

  test("a unit without a name still gets a title", () => {
    const unnamed = buildSummary(input({ settings: testSettings() }));
    expect(at(unnamed, "A1")?.value).toBe("2024年度党建台账检查汇总表");
  });

  test("is marked as the product's own in a fixed, hidden, unprinted cell", () => {
    expect(model.name).toBe("汇总表");
    expect(at(model, SUMMARY_MARKER.address)?.value).toBe(SUMMARY_MARKER.value);
    expect(columnIndex("Z")).toBe(SUMMARY_MARKER.column);
    expect(isSummaryMarker(SUMMARY_MARKER.value)).toBe(true);
    expect(isSummaryMarker("汇总表")).toBe(false);
    expect(isSummaryMarker(42)).toBe(false);
    // The 问题清单 is ours as well, but only the 汇总表 carries the figures.
    expect(isSummaryMarker(FINDINGS_LIST_MARKER.value)).toBe(true);
    expect(isSummaryDataMarker(FINDINGS_LIST_MARKER.value)).toBe(false);
    expect(isSummaryDataMarker(SUMMARY_MARKER.value)).toBe(true);
    expect(model.hiddenColumns).toEqual([SUMMARY_MARKER.column]);
    expect(model.print.printArea).toMatch(/^A1:S\d+$/);
    expect(model.customProperty).toEqual({ name: "PartyLedgerCheck", value: "summary:v1" });
  });

  test("A4 landscape, one page wide, title rows frozen and repeated", () => {
    expect(model.print).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printTitleRows: "1:2",
    });
    expect(model.freeze).toEqual({ rows: 2, columns: 0 });
    expect(model.columnWidths).toHaveLength(19);
  });

  test("cells are unique, sorted, styled from the palette, and every merge starts on a cell", () => {
    const keys = model.cells.map((c) => `${c.row}:${c.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sorted = [...model.cells].sort((a, b) => a.row - b.row || a.column - b.column);
    expect(model.cells).toEqual(sorted);
    for (const c of model.cells) expect(model.styles[c.style]).toBeDefined();
    for (const m of model.merges) {
      expect(model.cells.some((c) => c.row === m.firstRow && c.column === m.firstColumn)).toBe(
        true
      );
    }
    const lastRow = Math.max(...model.cells.map((c) => c.row));
    expect(model.print.printArea).toBe(`A1:S${lastRow}`);
  });

  test("with nothing found, the lists say so", () => {
    expect(allText(model)).toContain("未发现问题。");
    expect(allText(model.attachments?.[0] ?? model)).toContain("未发现问题。");
    expect(allText(model)).toContain("没有提醒事项。");
    expect(allText(model)).toContain("四、提醒事项");
  });

  // The sheet is forwarded upward: whoever reads it must learn what 提示 and 提醒 mean there.
  test("the severities are explained under the totals, and 提醒 under its own list", () => {
    const text = allText(model);
    expect(text).toContain("提示：未落实“一般”“原则上”等要求或情况须核实");
    expect(text).toContain("提醒：尚未到期或须跟进的事项，不属于问题（见第四部分）");
    expect(text).toContain("提醒事项不属于问题，不计入合规率，请支部及时跟进：15天内到期");
    const totals = rowOf(model, "总体合规率");
    const explained = model.cells.find(
      (c) => typeof c.value === "string" && c.value.startsWith("不符合：")
    );
    expect(explained?.row).toBeGreaterThan(totals);
    expect(explained?.row).toBeLessThan(rowOf(model, "二、各支部落实情况"));
  });
});

describe("buildSummary: branch table", () => {
  const periods = [
    period("meeting-general-quarterly", "第一党支部", "2024-Q1", "met"),
    period("meeting-general-quarterly", "第一党支部", "2024-Q2", "missing"),
    period("meeting-general-quarterly", "第一党支部", "2024-Q3", "due-soon"),
    period("meeting-general-quarterly", "第一党支部", "2024-Q4", "open"),
    ...months("meeting-committee-monthly", "第一党支部", 10),
    ...months("meeting-group-monthly", "第一党支部", 12),
    ...months("meeting-group-monthly", "第一党支部", 11, "open"),
    ...months("meeting-theme-day-monthly", "第一党支部", 12),
    period("lecture-branch-regular", "第一党支部", "2024-Q1", "met"),
    period("lecture-branch-regular", "第一党支部", "2024-Q2", "missing"),
    period("meeting-org-life-annual", "第一党支部", "2024", "met"),
    period("meeting-appraisal-annual", "第一党支部", "2024", "missing"),
    period("training-secretary-annual", "第一党支部", "2024", "met", "张三"),
    period("dues-monthly", "第一党支部", "2024-01", "met", "王五"),
    period("dues-monthly", "第一党支部", "2024-02", "met", "王五"),
    period("dues-monthly", "第一党支部", "2024-03", "missing", "王五"),
    period("dues-monthly", "第一党支部", "2024-04", "met", "王五"),
    period("dues-monthly", "第一党支部", "2024-05", "open", "王五"),
  ];
  const findings = [
    finding("dues-paid-in-full", "error", {
      sheet: "党费台账",
      row: 3,
      branch: "第一党支部",
      person: "王五",
      period: "2024-02",
    }),
    finding("meeting-general-quorum", "warning", {
      sheet: "会议台账",
      row: 4,
      branch: "第一党支部",
    }),
    finding("meeting-general-quorum", "error", { sheet: "会议台账", row: 5, branch: "第二党支部" }),
  ];
  const model = buildSummary(input({ periods, findings }));
  const first = rowOf(model, "第一党支部");
  const second = rowOf(model, "第二党支部");

  test("the figures alone are the same as the full sheet's", () => {
    expect(buildSummaryData(input({ periods, findings }))).toEqual(model.data);
    expect(model.data?.branches.map((b) => [b.branch, b.error, b.warning])).toEqual([
      ["第一党支部", 1, 1],
      ["第二党支部", 1, 0],
    ]);
  });

  test("two header rows: 党员大会 over its quarters, the rest spanning both", () => {
    const top = first - 2;
    expect(rowValues(model, top)).toEqual([
      "支部",
      "党员大会",
      "支委会\n（月）",
      "党小组会\n（组·月）",
      "主题党日\n（月）",
      "党课\n（期）",
      "组织生活会",
      "民主评议",
      "书记述职\n评议",
      "谈心谈话\n（人）",
      "党费足额交纳\n（人·月）",
      "书记轮训",
      "新任书记\n培训",
      "不符合",
      "提示",
      "合规率",
    ]);
    expect(rowValues(model, top + 1).slice(1, 5)).toEqual(["一季度", "二季度", "三季度", "四季度"]);
    expect(model.merges.map((m) => m.address)).toEqual(
      expect.arrayContaining([`A${top}:A${top + 1}`, `B${top}:E${top}`])
    );
  });

  test("one row per branch with marks, tallies, dues and counts", () => {
    const values = rowValues(model, first);
    expect(values.slice(0, 18)).toEqual([
      "第一党支部",
      "✓",
      "✗",
      "进行中",
      "进行中",
      "10/12",
      "23/24",
      "12/12",
      "1/2",
      "✓",
      "✗",
      "不涉及",
      "不涉及",
      // 王五: Jan met; Feb paid short; Mar missing; Apr met; May not yet due.
      "2/4 (50%)",
      "✓",
      "不涉及",
      1,
      1,
    ]);
  });

  test("marks are styled ✓ ok, ✗ bad, 进行中 and 不涉及 open", () => {
    const styles = model.cells.filter((c) => c.row === first && c.column <= 4).map((c) => c.style);
    expect(styles).toEqual(["cell", "ok", "bad", "open", "open"]);
    expect(at(model, `F${first}`)?.style).toBe("bad");
    expect(at(model, `G${first}`)?.style).toBe("open");
    expect(at(model, `H${first}`)?.style).toBe("ok");
  });

  // An officer reads "—" as a blank someone forgot; words say the branch had nothing to do.
  test("a branch without records shows 不涉及 throughout, and the marks are explained", () => {
    expect(rowValues(model, second).slice(1, 16)).toEqual(Array(15).fill("不涉及"));
    const legend = model.cells.find((c) => c.row === second + 1 && c.column === 0);
    expect(legend?.style).toBe("note");
    expect(legend?.value).toContain("不涉及：本支部无此项要求");
    expect(legend?.value).toContain("未提供：工作簿中没有该台账");
    expect(rowValues(model, second).slice(16, 18)).toEqual([1, 0]);
  });

  test("a rule skipped because its sheet is missing shows 未提供 in its column", () => {
    const stat = {
      ruleId: "training-secretary-annual" as const,
      skipped: "missing-sheet" as const,
      rowsChecked: 0,
      rowsFailed: 0,
      periodsChecked: 0,
      periodsMet: 0,
      periodsMissing: 0,
      periodsDueSoon: 0,
      findings: 0,
    };
    const without = buildSummary(input({ periods, findings, stats: [stat] }));
    const values = rowValues(without, rowOf(without, "第一党支部"));
    expect(values[14]).toBe("未提供");
    expect(values[13]).toBe("2/4 (50%)");
  });

  test("compliance rate is a number formatted as a percentage", () => {
    const rate = at(model, `S${first}`);
    expect(rate?.numberFormat).toBe("0.0%");
    // Without the workbook only periods count. Met: 1 + 10 + 23 + 12 + 1 + 1 + 1 + 3 (dues) = 52;
    // missing: 1 + 2 + 1 + 1 + 1 (dues) = 6; open and due-soon periods are left out.
    expect(rate?.value).toBeCloseTo(52 / 58, 10);
    expect(at(model, `S${second}`)?.value).toBe("无记录");
  });

  test("new secretary: ✗ when the training came after the deadline, even if the period was met", () => {
    const late = buildSummary(
      input({
        periods: [period("training-new-secretary-6m", "第一党支部", "2024", "met", "张三")],
        findings: [
          finding("training-new-secretary-6m", "error", {
            sheet: "培训台账",
            row: 7,
            branch: "第一党支部",
          }),
        ],
      })
    );
    expect(at(late, `P${rowOf(late, "第一党支部")}`)?.value).toBe("✗");
  });

  test("dues shortfalls are tied to every month the row pays for, through the workbook", () => {
    const workbook = buildWorkbook({
      branches: [{ name: "第一党支部", secretary: "张三" }],
      dues: [
        { branch: "第一党支部", name: "王五", months: "2024-01..2024-03", paid: 30 },
        { branch: "第一党支部", name: "王五", months: "2024-04", paid: 30 },
      ],
    });
    const duesPeriods = ["01", "02", "03", "04"].map((m) =>
      period("dues-monthly", "第一党支部", `2024-${m}`, "met", "王五")
    );
    const short = finding("dues-paid-in-full", "error", {
      sheet: workbook.dues?.sheet ?? "",
      row: 2,
      branch: "第一党支部",
      person: "王五",
    });
    const model2 = buildSummary(
      input({ branches: ["第一党支部"], periods: duesPeriods, findings: [short], workbook })
    );
    expect(at(model2, `N${rowOf(model2, "第一党支部")}`)?.value).toBe("1/4 (25%)");
  });
});

describe("buildSummary: totals", () => {
  test("counts by ledger, structure findings under their sheet's ledger, and a total", () => {
    const workbook = buildWorkbook({
      branches: [{ name: "第一党支部", secretary: "张三" }],
      meetings: [{ branch: "第一党支部", types: ["general"], date: "2024-03-01" }],
    });
    const findings = [
      finding("meeting-general-quorum", "error", { sheet: "会议台账", row: 2 }),
      finding("meeting-general-quarterly", "reminder", { kind: "period" }),
      finding("structure-unreadable-cell", "unreadable", {
        sheet: "会议台账",
        row: 2,
        column: "C",
      }),
      finding("structure-unreadable-cell", "unreadable", { sheet: "其他表", row: 2, column: "C" }),
      finding("dues-rate", "warning", { sheet: "党费台账", row: 9 }),
    ];
    const stats = [
      { ruleId: "training-secretary-annual" as const, rowsChecked: 0, rowsFailed: 0 },
      {
        ruleId: "dues-monthly" as const,
        skipped: "missing-sheet" as const,
        rowsChecked: 0,
        rowsFailed: 0,
      },
    ].map((s) => ({
      periodsChecked: 0,
      periodsMet: 0,
      periodsMissing: 0,
      periodsDueSoon: 0,
      findings: 0,
      ...s,
    }));
    const model = buildSummary(input({ findings, workbook, stats }));
    const header = rowOf(model, "台账");
    expect(rowValues(model, header)).toEqual([
      "台账",
      "不符合",
      "提示",
      "提醒",
      "无法识别",
      "合计",
    ]);
    expect(rowValues(model, header + 1)).toEqual(["会议台账", 1, 0, 1, 1, 3]);
    expect(rowValues(model, header + 2)).toEqual(["党费台账", 0, 1, 0, 0, 1]);
    expect(rowValues(model, header + 3)).toEqual(["培训台账", 0, 0, 0, 0, 0]);
    expect(rowValues(model, header + 4)).toEqual(["工作簿整体", 0, 0, 0, 1, 1]);
    expect(rowValues(model, header + 5)).toEqual(["合计", 1, 1, 1, 2, 5]);
    expect(rowValues(model, header + 6)[0]).toBe("总体合规率");
    // One branch row and one meeting row; the meeting row has findings; no periods → rows only.
    expect(at(model, `B${header + 6}`)?.value).toBe(0.5);
  });

  test("a rule that failed is named, so the reader knows the results are incomplete", () => {
    const model = buildSummary(input({ errors: [{ ruleId: "dues-rate", message: "boom" }] }));
    expect(allText(model)).toContain("注意：以下规则运行出错，检查结果不完整。");
    expect(allText(model)).toContain("规则“按比例交纳党费”运行出错，已跳过：boom");
  });
});

describe("buildSummary: findings list", () => {
  const findings: FindingData[] = [
    finding("meeting-general-quorum", "warning", {
      sheet: "会议台账",
      row: 12,
      branch: "第二党支部",
      data: { attended: 5, expected: 10 },
    }),
    finding("dues-rate", "error", {
      sheet: "党费台账",
      row: 30,
      branch: "第一党支部",
      person: "王五",
      data: { person: "王五", base: 8123.45, expected: 121.85, due: 81.23 },
    }),
    finding("meeting-general-quarterly", "error", {
      kind: "period",
      sheet: "会议台账",
      branch: "第一党支部",
      period: "2024-Q2",
      data: { branch: "第一党支部", period: "2024-Q2" },
    }),
    finding("structure-unreadable-cell", "unreadable", {
      sheet: "党员名册",
      row: 4,
      column: "C",
      data: { header: "接收预备党员日期" },
    }),
  ];
  const summary = buildSummary(input({ findings }));
  const list = summary.attachments?.[0] as SheetModel;
  const header = 3;

  test("travels with the 汇总表 as its own sheet, marked as ours", () => {
    expect(summary.attachments).toHaveLength(1);
    expect(list.name).toBe("问题清单");
    expect(at(list, FINDINGS_LIST_MARKER.address)?.value).toBe(FINDINGS_LIST_MARKER.value);
    expect(list.hiddenColumns).toEqual([FINDINGS_LIST_MARKER.column]);
    expect("data" in list).toBe(false);
    expect(at(list, "A1")?.value).toBe("市某某局机关党委2024年度党建台账检查问题清单");
    expect(String(at(list, "A2")?.value)).toContain("共4条");
  });

  test("the 汇总表 counts the findings and links to the 问题清单", () => {
    const pointer = summary.cells.find((c) => c.link?.sheet === "问题清单");
    expect(pointer?.value).toBe(
      "本次检查发现问题4条（不符合2条，提示1条，无法识别1条），逐条列在“问题清单”工作表中（点击查看），可按支部、台账、严重程度筛选和排序。"
    );
    expect(pointer?.link?.address).toBe("'问题清单'!A1");
    expect(allText(summary)).not.toContain("王五的应交党费");
  });

  test("headers, then errors, warnings and unreadable cells in the engine's order", () => {
    expect(rowValues(list, header)).toEqual([
      "序号",
      "严重程度",
      "台账",
      "行号",
      "支部",
      "检查项目",
      "问题说明",
      "依据",
    ]);
    expect(rowValues(list, header + 1)).toEqual([
      1,
      "不符合",
      "党费台账",
      30,
      "第一党支部",
      "按比例交纳党费",
      "王五的应交党费与按比例计算的金额不符",
      "《党费规定》第一至六条",
    ]);
    expect(rowValues(list, header + 2).slice(0, 7)).toEqual([
      2,
      "不符合",
      "会议台账",
      "",
      "第一党支部",
      "每季度召开支部党员大会",
      "第一党支部2024年第二季度没有召开支部党员大会的记录",
    ]);
    expect(rowValues(list, header + 3).slice(0, 2)).toEqual([3, "提示"]);
    expect(rowValues(list, header + 4).slice(0, 3)).toEqual([4, "无法识别", "党员名册"]);
  });

  // Sorting and filtering need one finding per row and nothing merged; a printed list needs its
  // header on every page.
  test("nothing merged, AutoFilter over the table, header frozen and repeated, 序号 narrow", () => {
    expect(list.merges).toEqual([]);
    expect(list.autoFilter).toBe(`A${header}:H${header + 4}`);
    expect(list.freeze).toEqual({ rows: header, columns: 0 });
    expect(list.print).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      printArea: `A1:H${header + 4}`,
      printTitleRows: `${header}:${header}`,
    });
    expect(list.columnWidths[0]).toBeLessThanOrEqual(6);
  });

  test("row numbers link to the ledger row", () => {
    const cell = at(list, `D${header + 1}`);
    expect(cell?.value).toBe(30);
    expect(cell?.style).toBe("link");
    expect(cell?.link).toEqual({ sheet: "党费台账", row: 30, address: "'党费台账'!A30" });
    expect(at(list, `D${header + 2}`)?.link).toBeUndefined();
  });

  test("severity cells carry their severity's style", () => {
    expect(at(list, `B${header + 1}`)?.style).toBe("error");
    expect(at(list, `B${header + 3}`)?.style).toBe("warning");
    expect(at(list, `B${header + 4}`)?.style).toBe("unreadable");
  });

  test("no income amount leaks into either sheet", () => {
    for (const model of [summary, list]) {
      const text = allText(model);
      for (const amount of ["8123", "8,123", "121.85", "81.23"]) expect(text).not.toContain(amount);
    }
  });

  test("the long issue text gets a row tall enough for its lines", () => {
    const long = buildSummary(
      input({
        findings: [
          finding("meeting-general-quarterly", "error", {
            kind: "period",
            data: { branch: "机关第一党支部".repeat(6), period: "2024-Q2" },
          }),
        ],
      })
    ).attachments?.[0] as SheetModel;
    expect(long.rowHeights.find((h) => h.row === header + 1)?.height).toBeGreaterThanOrEqual(30);
  });
});

describe("summaryMessage", () => {
  test("masks amounts of a rule that has no summary variant", () => {
    const text = summaryMessage(
      finding("dues-paid-in-full", "error", { data: { person: "王五", paid: 60, due: 81.23 } }),
      lookup("dues-paid-in-full"),
      "zh-CN"
    );
    expect(text).toBe("王五实交（金额略），少于应交（金额略）");
  });

  test("unknown rules and messages fall back to their ids", () => {
    expect(summaryMessage(finding("org-term-due", "warning"), undefined, "zh-CN")).toBe(
      "org-term-due/m"
    );
  });

  test("rowLink quotes sheet names, doubling apostrophes", () => {
    expect(rowLink("O'Brien表", 3).address).toBe("'O''Brien表'!A3");
  });
});

describe("buildSummary: reminders", () => {
  const reminders = [
    finding("meeting-general-quarterly", "reminder", {
      kind: "period",
      branch: "第二党支部",
      period: "2024-Q4",
      data: { branch: "第二党支部", period: "2024-Q4", dueDate: "2024-12-31" },
    }),
    finding("meeting-general-quarterly", "reminder", {
      kind: "period",
      branch: "第一党支部",
      period: "2024-11",
      data: { branch: "第一党支部", period: "2024-Q4", dueDate: "2024-11-30" },
    }),
  ];
  const settings = testSettings({
    unitName: "市某某局",
    asOf: asOf("2024-11-20"),
    reminderDays: 20,
  });
  const model = buildSummary(input({ findings: reminders, settings }));

  test("list what is due soon, earliest first, and stay out of the findings list", () => {
    expect(allText(model)).toContain("20天内到期、尚未完成的规定动作");
    const header = rowOf(model, "序号", rowOf(model, "四、提醒事项"));
    expect(rowValues(model, header)).toEqual([
      "序号",
      "截止日期",
      "支部",
      "规则",
      "待办事项",
      "依据",
    ]);
    expect(rowValues(model, header + 1).slice(0, 5)).toEqual([
      1,
      "2024年11月30日",
      "第一党支部",
      "每季度召开支部党员大会",
      "第一党支部2024年第四季度没有召开支部党员大会的记录",
    ]);
    expect(rowValues(model, header + 2).slice(0, 3)).toEqual([2, "2024年12月31日", "第二党支部"]);
    expect(at(model, `B${header + 1}`)?.style).toBe("reminder");
    expect(allText(model)).toContain("未发现问题。");
  });
});

describe("buildSummary: en-US", () => {
  const model = buildSummary(
    input({
      locale: "en-US",
      findings: [
        finding("dues-rate", "error", {
          sheet: "党费台账",
          row: 30,
          branch: "第一党支部",
          data: { person: "Wang", base: 8123.45, expected: 121.85, due: 81.23 },
        }),
      ],
      periods: [period("meeting-general-quarterly", "第一党支部", "2024-Q3", "open")],
    })
  );

  test("every label is English", () => {
    expect(at(model, "A1")?.value).toBe(
      "市某某局机关党委 — Party-Building Ledger Check Summary, 2024"
    );
    expect(at(model, "A2")?.value).toBe(
      "As of 2025-01-15  ·  Checked 2025-01-15 10:30 (China Standard Time)  ·  Version 0.1.0"
    );
    const list = model.attachments?.[0] as SheetModel;
    expect(rowValues(list, 3)).toEqual([
      "No.",
      "Severity",
      "Sheet",
      "Row",
      "Branch",
      "Requirement",
      "Issue",
      "Basis",
    ]);
    expect(rowValues(list, 4).slice(1, 2)).toEqual(["Error"]);
    expect(rowValues(list, 4)[6]).toBe("Wang: dues do not match the rate");
    expect(at(list, "A1")?.value).toBe(
      "市某某局机关党委 — Party-Building Ledger Check Findings, 2024"
    );
    expect(rowValues(model, rowOf(model, "第一党支部")).slice(1, 5)).toEqual([
      "N/A",
      "N/A",
      "In progress",
      "N/A",
    ]);
    expect(allText(model)).toContain("No reminders.");
    // Sheet names stay Chinese in every locale: the reader and the level above know them so.
    const ownData = /市某某局机关党委|第一党支部|第二党支部|党费台账|问题清单|汇总表/g;
    for (const sheet of [model, list]) {
      expect(allText(sheet).replace(ownData, "")).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("buildSummary: sign-off", () => {
  const signed = (unitInfo: Omit<UnitInfo, "rows">): SheetModel =>
    buildSummary(input({ workbook: buildWorkbook({ unitInfo }) }));
  const labelRow = (model: SheetModel, label: string): (string | number)[] =>
    rowValues(model, rowOf(model, label));

  // The sheet is signed and sealed before it goes upward; the level above calls the number on it.
  test("填报单位（盖章）, 填报日期, 填报人, 联系电话 and 审核人 from 单位信息", () => {
    const model = signed({
      unitName: "市某某局机关党委",
      reporter: "陈静",
      reporterPhone: "021-12345678",
      reviewer: "李明",
      reportDate: { day: asOf("2025-01-20"), monthOnly: false },
    });
    expect(labelRow(model, "填报单位（盖章）")).toEqual([
      "填报单位（盖章）",
      "市某某局机关党委",
      "填报日期",
      "2025年1月20日",
    ]);
    expect(labelRow(model, "填报人")).toEqual([
      "填报人",
      "陈静",
      "联系电话",
      "021-12345678",
      "审核人",
      "李明",
    ]);
    const seal = rowOf(model, "填报单位（盖章）");
    expect(model.rowHeights.find((h) => h.row === seal)?.height).toBeGreaterThanOrEqual(50);
    expect(at(model, `A${seal}`)?.style).toBe("signLabel");
    // Under the title, so it is on the first printed page however long the sheet runs.
    expect(seal).toBe(3);
  });

  test("left blank to write in by hand where 单位信息 says nothing, the date as 年 月 日", () => {
    const model = signed({});
    expect(labelRow(model, "填报单位（盖章）")).toEqual([
      "填报单位（盖章）",
      "市某某局机关党委",
      "填报日期",
      "　　　　年　　月　　日",
    ]);
    expect(labelRow(model, "填报人")).toEqual(["填报人", "", "联系电话", "", "审核人", ""]);
  });
});
