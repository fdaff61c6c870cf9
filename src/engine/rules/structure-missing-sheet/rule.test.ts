import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

testRule(rule, [
  { name: "no reading issues, nothing to report", workbook: { branches: [] } },
  {
    name: "other kinds of issue are left to their own rules",
    workbook: {
      issues: [
        {
          type: "missing-column",
          ledger: "meetings",
          sheet: "会议台账",
          headerRow: 1,
          field: "date",
          accepted: ["会议日期"],
          found: ["支部"],
        },
      ],
    },
  },
  {
    name: "a missing 支部信息 names the template sheet and its aliases",
    workbook: { issues: [{ type: "missing-sheet", ledger: "branches" }] },
    findings: [
      {
        messageId: "missing",
        severity: "error",
        kind: "structure",
        sheet: null,
        row: null,
        column: null,
        data: { sheet: "支部信息", accepted: "支部信息/支部名册/党组织信息" },
      },
    ],
  },
  {
    name: "a sheet without aliases lists only its own name",
    workbook: { issues: [{ type: "missing-sheet", ledger: "lectures" }] },
    findings: [{ messageId: "missing", data: { sheet: "党课台账", accepted: "党课台账" } }],
  },
  {
    name: "each missing sheet is one finding, in the reader's order",
    workbook: {
      issues: [
        { type: "missing-sheet", ledger: "dues" },
        { type: "missing-sheet", ledger: "unitInfo" },
      ],
    },
    findings: [
      {
        messageId: "missing",
        data: {
          sheet: "党费台账",
          accepted: "党费台账/党费交纳台账/党费收缴台账/党费交纳登记表/党费收缴登记表/党费登记表",
        },
      },
      { messageId: "missing", data: { sheet: "单位信息", accepted: "单位信息/基本信息" } },
    ],
  },
]);
