import type { Finding } from "../findings/types";
import { HIGHLIGHT_COLOURS } from "./colours";
import { noteLine } from "../render/messages";
import { planHighlights, toRowRanges } from "./plan";
import type { Severity } from "../basics";

let serial = 0;
function finding(
  severity: Severity,
  row: number | null,
  overrides: Partial<Finding> = {}
): Finding {
  serial++;
  return {
    ruleId: "meeting-general-quorum",
    severity,
    kind: row === null ? "period" : "row",
    sheet: "会议台账",
    row,
    column: null,
    branch: "第一党支部",
    period: null,
    person: null,
    messageId: "m",
    data: {},
    message: `问题${serial}`,
    basis: "《中国共产党支部工作条例（试行）》第十一条",
    ...overrides,
  };
}

describe("toRowRanges", () => {
  test("merges consecutive rows, sorts and drops duplicates", () => {
    expect(toRowRanges([9, 5, 6, 7, 7, 12, 13, 20])).toEqual([
      { first: 5, last: 7 },
      { first: 9, last: 9 },
      { first: 12, last: 13 },
      { first: 20, last: 20 },
    ]);
  });

  test("no rows, no ranges", () => {
    expect(toRowRanges([])).toEqual([]);
  });
});

describe("planHighlights", () => {
  test("groups rows by severity into ranges of consecutive rows", () => {
    const plan = planHighlights(
      [
        finding("error", 5),
        finding("error", 6),
        finding("error", 8),
        finding("warning", 10),
        finding("warning", 11),
      ],
      "zh-CN"
    );
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0]?.errorRows).toEqual([
      { first: 5, last: 6 },
      { first: 8, last: 8 },
    ]);
    expect(plan.sheets[0]?.warningRows).toEqual([{ first: 10, last: 11 }]);
  });

  test("a row with an error and a warning is an error row only", () => {
    const plan = planHighlights(
      [finding("warning", 5), finding("error", 5), finding("warning", 6)],
      "zh-CN"
    );
    expect(plan.sheets[0]?.errorRows).toEqual([{ first: 5, last: 5 }]);
    expect(plan.sheets[0]?.warningRows).toEqual([{ first: 6, last: 6 }]);
  });

  test("unreadable findings mark their cell, not the row, in row then column order", () => {
    const plan = planHighlights(
      [
        finding("unreadable", 7, { column: "AA", ruleId: "structure-unreadable-cell" }),
        finding("unreadable", 7, { column: "C", ruleId: "structure-unreadable-cell" }),
        finding("unreadable", 4, { column: "D", ruleId: "structure-unreadable-cell" }),
        finding("unreadable", 4, { column: "D", ruleId: "structure-unreadable-cell" }),
      ],
      "zh-CN"
    );
    const sheet = plan.sheets[0];
    expect(sheet?.errorRows).toEqual([]);
    expect(sheet?.warningRows).toEqual([]);
    expect(sheet?.unreadableCells).toEqual([
      { row: 4, column: "D" },
      { row: 7, column: "C" },
      { row: 7, column: "AA" },
    ]);
  });

  test("a row's findings go in one note on its wrong cell, errors first, with basis", () => {
    const plan = planHighlights(
      [
        finding("warning", 5, { message: "主持人未填写" }),
        finding("unreadable", 5, { column: "C", message: "会议日期无法识别", basis: "" }),
        finding("error", 5, { message: "实到会有表决权人数4人，未超过应到10人的半数" }),
        finding("warning", 9, { message: "其他问题" }),
      ],
      "zh-CN"
    );
    // Only the unreadable finding names a cell (C): the row's others join it there, not column A.
    expect(plan.sheets[0]?.notes).toEqual([
      {
        row: 5,
        column: "C",
        text: [
          "【不符合】实到会有表决权人数4人，未超过应到10人的半数（依据：《中国共产党支部工作条例（试行）》第十一条）",
          "【提示】主持人未填写（依据：《中国共产党支部工作条例（试行）》第十一条）",
          "【无法识别】会议日期无法识别",
        ].join("\n"),
      },
      {
        row: 9,
        column: null,
        text: "【提示】其他问题（依据：《中国共产党支部工作条例（试行）》第十一条）",
      },
    ]);
  });

  // Hovering the red cell says why that cell is wrong; the month cell of a month-column dues
  // register is the finding's column too.
  test("each wrong cell of a row gets its own note; findings naming no cell join the most serious", () => {
    const plan = planHighlights(
      [
        finding("warning", 7, { column: "F", message: "日期晚了" }),
        finding("error", 7, { column: "J", message: "到会不足半数", basis: "" }),
        finding("warning", 7, { message: "整行的问题", basis: "" }),
      ],
      "zh-CN"
    );
    expect(plan.sheets[0]?.notes).toEqual([
      {
        row: 7,
        column: "F",
        text: "【提示】日期晚了（依据：《中国共产党支部工作条例（试行）》第十一条）",
      },
      { row: 7, column: "J", text: "【不符合】到会不足半数\n【提示】整行的问题" },
    ]);
  });

  test("identical findings on a row give one note line", () => {
    const plan = planHighlights(
      [finding("error", 3, { message: "重复" }), finding("error", 3, { message: "重复" })],
      "zh-CN"
    );
    expect(plan.sheets[0]?.notes[0]?.text.split("\n")).toHaveLength(1);
  });

  test("period findings and reminders are not in the plan", () => {
    const plan = planHighlights(
      [finding("error", null), finding("reminder", null), finding("reminder", 4)],
      "zh-CN"
    );
    expect(plan.sheets).toEqual([]);
  });

  test("findings without a sheet are not in the plan", () => {
    expect(planHighlights([finding("error", 4, { sheet: null })], "zh-CN").sheets).toEqual([]);
  });

  test("sheets come in first-seen order, rows ascending", () => {
    const plan = planHighlights(
      [
        finding("error", 30, { sheet: "党费台账" }),
        finding("error", 4),
        finding("error", 2, { sheet: "党费台账" }),
      ],
      "zh-CN"
    );
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["党费台账", "会议台账"]);
    expect(plan.sheets[0]?.notes.map((n) => n.row)).toEqual([2, 30]);
  });

  test("carries specification.md's colours", () => {
    const plan = planHighlights([], "zh-CN");
    expect(plan.colours).toEqual({
      error: { fill: "#FFC7CE", font: "#9C0006" },
      warning: { fill: "#FFEB9C", font: "#9C5700" },
      unreadable: { fill: "#F8CBAD" },
    });
    expect(plan.colours).toBe(HIGHLIGHT_COLOURS);
  });

  test("en-US notes use English severity labels", () => {
    const line = noteLine(
      finding("warning", 3, { message: "Host missing", basis: "ZB Art. 11" }),
      "en-US"
    );
    expect(line).toBe("[Warning] Host missing (Basis: ZB Art. 11)");
  });
});
