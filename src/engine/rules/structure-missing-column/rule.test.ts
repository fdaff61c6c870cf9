import type { ReadIssue } from "../../model/ledgers";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const missing = (fields: Partial<Extract<ReadIssue, { type: "missing-column" }>>): ReadIssue => ({
  type: "missing-column",
  ledger: "meetings",
  sheet: "三会一课台账",
  headerRow: 3,
  field: "date",
  accepted: ["会议日期", "会议时间", "实际时间", "召开时间", "日期"],
  found: ["序号", "支部", "会议类型", "主题"],
  ...fields,
});

testRule(rule, [
  { name: "no reading issues, nothing to report", workbook: { issues: [] } },
  {
    name: "a missing sheet is left to structure-missing-sheet",
    workbook: { issues: [{ type: "missing-sheet", ledger: "meetings" }] },
  },
  {
    name: "a missing required column: sheet, header row, column, aliases and the headers found",
    workbook: { issues: [missing({})] },
    findings: [
      {
        messageId: "required",
        severity: "error",
        kind: "structure",
        sheet: "三会一课台账",
        row: 3,
        column: null,
        data: {
          sheet: "三会一课台账",
          headerRow: 3,
          header: "会议日期",
          accepted: "会议日期/会议时间/实际时间/召开时间/日期",
          found: "序号/支部/会议类型/主题",
        },
      },
    ],
  },
  {
    name: "a header row with no readable headers shows a dash",
    workbook: { issues: [missing({ found: [] })] },
    findings: [{ messageId: "required", data: expect.objectContaining({ found: "—" }) }],
  },
  {
    name: "a column that is not required → warning",
    workbook: {
      issues: [
        missing({
          ledger: "dues",
          sheet: "党费台账",
          headerRow: 1,
          field: "base",
          accepted: ["党费基数", "缴存基数", "计算基数"],
        }),
      ],
    },
    findings: [
      {
        messageId: "optional",
        severity: "warning",
        row: 1,
        data: expect.objectContaining({
          header: "党费基数",
          accepted: "党费基数/缴存基数/计算基数",
        }),
      },
    ],
  },
  {
    name: "the optional-column severity is an option",
    workbook: { issues: [missing({ field: "topic", accepted: ["主题"] })] },
    options: { optionalColumnSeverity: "error" },
    findings: [{ messageId: "optional", severity: "error" }],
  },
  {
    name: "单位信息 is key/value: a missing key is named as an entry, without a header row",
    workbook: {
      issues: [
        missing({
          ledger: "unitInfo",
          sheet: "单位信息",
          headerRow: 1,
          field: "collectionDay",
          accepted: ["党费集中交纳日", "党费交纳日", "集中交纳日"],
          found: ["单位名称", "年度"],
        }),
      ],
    },
    findings: [{ messageId: "key", severity: "warning", sheet: "单位信息", row: null }],
  },
  {
    name: "a field the schema does not know is treated as required",
    workbook: { issues: [missing({ field: "mystery", accepted: ["神秘列"] })] },
    findings: [
      {
        messageId: "required",
        severity: "error",
        data: expect.objectContaining({ header: "神秘列", accepted: "神秘列" }),
      },
    ],
  },
]);
