import ExcelJS from "exceljs";
import { type HighlightPlan, HIGHLIGHT_COLOURS } from "../../../engine";

export const RICH_NOTE: ExcelJS.Comment = {
  texts: [
    { text: "张三:", font: { bold: true, size: 9, name: "宋体", color: { argb: "FF000000" } } },
    { text: "\n会议记录见档案盒3", font: { size: 9, name: "宋体" } },
  ],
};

/**
 * A ledger workbook as a user keeps it: values, formulas with results, number formats, fills and
 * fonts of their own, a conditional format of their own, and notes (plain and rich text).
 */
export function userWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const meetings = workbook.addWorksheet("会议台账");
  meetings.addRows([
    ["2024年会议台账"],
    ["支部", "会议类型", "会议日期", "应到人数", "实到人数", "出席率"],
    ["第一党支部", "支部党员大会", new Date(Date.UTC(2024, 2, 5)), 10, 4],
    ["第一党支部", "支委会", new Date(Date.UTC(2024, 2, 6)), 3, 3],
    ["第二党支部", "会议", "2024-03-07", 8, 5],
    ["第二党支部", "主题党日", new Date(Date.UTC(2024, 2, 8)), 8, 8],
    ["第二党支部", "党课", "", 8, 4],
  ]);
  meetings.mergeCells("A1:F1");
  const attendance = [
    [10, 4],
    [3, 3],
    [8, 5],
    [8, 8],
    [8, 4],
  ];
  attendance.forEach(([expected = 1, present = 0], i) => {
    const row = i + 3;
    meetings.getCell(`F${row}`).value = { formula: `E${row}/D${row}`, result: present / expected };
    meetings.getCell(`F${row}`).numFmt = "0.0%";
    meetings.getCell(`C${row}`).numFmt = "yyyy-mm-dd";
  });
  meetings.getRow(2).font = { bold: true, name: "黑体" };
  meetings.getCell("B4").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FF92D050" },
  };
  meetings.getCell("A3").note = "user: 已补记";
  meetings.getCell("A6").note = RICH_NOTE;
  meetings.getCell("D2").note = "应到人数含预备党员";
  meetings.addConditionalFormatting({
    ref: "E3:E7",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        priority: 1,
        formulae: ["5"],
        style: { font: { color: { argb: "FFFF0000" } } },
      },
    ],
  });
  meetings.addConditionalFormatting({
    ref: "A3:F7",
    rules: [
      {
        type: "expression",
        priority: 2,
        formulae: ["MOD(ROW(),2)=0"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFF2F2F2" } } },
      },
    ],
  });

  const dues = workbook.addWorksheet("党费台账");
  dues.addRows([
    ["支部", "姓名", "所属月份", "实交党费"],
    ["第一党支部", "张伟", "2024-01", 50],
    ["第一党支部", "李娜", "2024-01", 15],
  ]);
  dues.getCell("D2").numFmt = "#,##0.00";
  dues.getCell("D3").numFmt = "#,##0.00";
  return workbook;
}

/** A plan for userWorkbook(): error and warning rows, unreadable cells, notes. */
export function userPlan(): HighlightPlan {
  return {
    colours: HIGHLIGHT_COLOURS,
    sheets: [
      {
        sheet: "会议台账",
        errorRows: [{ first: 3, last: 3 }],
        warningRows: [{ first: 6, last: 7 }],
        unreadableCells: [
          { row: 5, column: "B" },
          { row: 7, column: "C" },
        ],
        notes: [
          // Row-level findings name no cell; the unreadable ones name theirs.
          { row: 3, column: null, text: "【不符合】实到4人，未超过应到10人的半数" },
          { row: 5, column: "B", text: "【无法识别】会议类型“会议”无法识别" },
          { row: 6, column: null, text: "【提示】主题党日记录不全" },
          { row: 7, column: "C", text: "【提示】党课记录不全\n【无法识别】会议日期为空" },
        ],
      },
      {
        sheet: "党费台账",
        errorRows: [{ first: 3, last: 3 }],
        warningRows: [],
        unreadableCells: [],
        notes: [{ row: 3, column: null, text: "【不符合】实交党费15.00元少于应交党费30.00元" }],
      },
      {
        sheet: "已删除的台账",
        errorRows: [{ first: 2, last: 2 }],
        warningRows: [],
        unreadableCells: [],
        notes: [{ row: 2, column: null, text: "【不符合】x" }],
      },
    ],
  };
}
