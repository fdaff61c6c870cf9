import type { FakeSheetSpec } from "./fakeExcel";

/**
 * The ledger of src/xlsx/write/testing/userWorkbook.ts as the fake Excel holds it, so that the
 * Office.js adapter is held to the .xlsx adapter's results on the same workbook: values, the user's
 * notes (a rich note reads as its plain text through the Notes API) and conditional formats.
 */
export const USER_NOTE_A3 = "user: 已补记";
export const USER_NOTE_A6 = "张三:\n会议记录见档案盒3";
export const USER_NOTE_D2 = "应到人数含预备党员";

export function userLedgerSheets(): FakeSheetSpec[] {
  return [
    {
      name: "会议台账",
      values: [
        ["2024年会议台账", "", "", "", "", ""],
        ["支部", "会议类型", "会议日期", "应到人数", "实到人数", "出席率"],
        ["第一党支部", "支部党员大会", 45356, 10, 4, 0.4],
        ["第一党支部", "支委会", 45357, 3, 3, 1],
        ["第二党支部", "会议", "2024-03-07", 8, 5, 0.625],
        ["第二党支部", "主题党日", 45359, 8, 8, 1],
        ["第二党支部", "党课", "", 8, 4, 0.5],
      ],
      merges: ["A1:F1"],
      notes: { A3: USER_NOTE_A3, A6: USER_NOTE_A6, D2: USER_NOTE_D2 },
      formats: [
        { type: "CellValue", ranges: "E3:E7", font: "#FF0000" },
        { type: "Custom", ranges: "A3:F7", formula: "=MOD(ROW(),2)=0", fill: "#F2F2F2" },
      ],
    },
    {
      name: "党费台账",
      values: [
        ["支部", "姓名", "所属月份", "实交党费"],
        ["第一党支部", "张伟", "2024-01", 50],
        ["第一党支部", "李娜", "2024-01", 15],
      ],
    },
  ];
}
