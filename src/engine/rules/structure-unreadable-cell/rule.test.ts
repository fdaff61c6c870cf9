import { formatTemplate } from "../../i18n/formatTemplate";
import type { ReadIssue, ValueKind } from "../../model/ledgers";
import { runRuleCase, testRule } from "../../testing/ruleTester";
import { EXPECTED_FORMS } from "../common/structureText";
import rule from "./rule";
import { renderFinding } from "../../render/messages";

const cell = (fields: Partial<Extract<ReadIssue, { type: "unreadable-cell" }>>): ReadIssue => ({
  type: "unreadable-cell",
  ledger: "meetings",
  sheet: "会议台账",
  row: 7,
  column: "C",
  field: "date",
  header: "会议日期",
  text: "三月五日",
  blank: false,
  expected: "date",
  ...fields,
});

testRule(rule, [
  { name: "no reading issues, nothing to report", workbook: { issues: [] } },
  {
    name: "missing sheets and columns are left to their own rules",
    workbook: { issues: [{ type: "missing-sheet", ledger: "training" }] },
  },
  {
    name: "an unreadable date: sheet, row, column, header, the text and the expected form",
    workbook: { issues: [cell({})] },
    findings: [
      {
        messageId: "unreadable-date",
        severity: "unreadable",
        kind: "structure",
        sheet: "会议台账",
        row: 7,
        column: "C",
        data: { sheet: "会议台账", row: 7, column: "C", header: "会议日期", text: "三月五日" },
      },
    ],
  },
  {
    name: "a blank required cell says the cell is empty",
    workbook: {
      issues: [
        cell({
          ledger: "dues",
          sheet: "党费台账",
          column: "B",
          field: "name",
          header: "姓名",
          text: "",
          blank: true,
          expected: "name",
        }),
      ],
    },
    findings: [
      { messageId: "blank-name", severity: "unreadable", sheet: "党费台账", row: 7, column: "B" },
    ],
  },
  {
    name: "an unreadable amount",
    workbook: {
      issues: [
        cell({
          ledger: "dues",
          sheet: "党费台账",
          column: "H",
          field: "paid",
          header: "实交党费",
          text: "十五元",
          expected: "amount",
        }),
      ],
    },
    findings: [
      {
        messageId: "unreadable-amount",
        column: "H",
        data: expect.objectContaining({ text: "十五元" }),
      },
    ],
  },
  {
    name: "an unknown meeting type and a yes/no cell",
    workbook: {
      issues: [
        cell({
          column: "B",
          field: "types",
          header: "会议类型",
          text: "学习会",
          expected: "meeting-types",
        }),
        cell({
          ledger: "branches",
          sheet: "支部信息",
          row: 4,
          column: "E",
          field: "isPrincipal",
          header: "是否主要负责人",
          text: "兼任",
          expected: "yes-no",
        }),
      ],
    },
    findings: [
      { messageId: "unreadable-meeting-types", row: 7, column: "B" },
      { messageId: "unreadable-yes-no", sheet: "支部信息", row: 4, column: "E" },
    ],
  },
  {
    name: "单位信息 settings name their own accepted forms",
    workbook: {
      issues: [
        cell({
          ledger: "unitInfo",
          sheet: "单位信息",
          row: 6,
          column: "B",
          field: "collectionDay",
          header: "党费集中交纳日",
          text: "20日前",
          expected: "text",
        }),
        cell({
          ledger: "unitInfo",
          sheet: "单位信息",
          row: 7,
          column: "B",
          field: "lectureFrequency",
          header: "党课频率",
          text: "经常",
          expected: "text",
        }),
      ],
    },
    findings: [
      { messageId: "unreadable-unitInfo.collectionDay", row: 6, column: "B" },
      { messageId: "unreadable-unitInfo.lectureFrequency", row: 7 },
    ],
  },
  {
    name: "long texts are cut, surrounding spaces dropped",
    workbook: { issues: [cell({ text: `  ${"很长的说明".repeat(10)}  ` })] },
    findings: [
      {
        messageId: "unreadable-date",
        data: expect.objectContaining({ text: `${"很长的说明".repeat(6)}…` }),
      },
    ],
  },
]);

describe("structure-unreadable-cell messages", () => {
  const kinds = Object.keys(EXPECTED_FORMS) as ValueKind[];

  test.each(kinds)("%s has an unreadable and a blank message", (kind) => {
    expect(rule.meta.messages[`unreadable-${kind}`]).toBeDefined();
    expect(rule.meta.messages[`blank-${kind}`]).toBeDefined();
  });

  test("a date message names the place and shows accepted forms", () => {
    const { findings } = runRuleCase(rule, { name: "", workbook: { issues: [cell({})] } });
    const [finding] = findings;
    if (!finding) throw new Error("no finding");
    const zh = renderFinding(finding, () => rule.meta as never, "zh-CN").message;
    expect(zh).toBe(
      "“会议台账”第7行C列（会议日期）填写的“三月五日”无法识别，应填写日期，如“2024-03-05”“2024/3/5”或“2024年3月5日”。请改正后重新检查"
    );
    const en = renderFinding(finding, () => rule.meta as never, "en-US").message;
    expect(en).toContain("row 7, column C (会议日期)");
  });

  test("a 党费集中交纳日 message explains that a deadline is not a day", () => {
    const template = rule.meta.messages["unreadable-unitInfo.collectionDay"]?.["zh-CN"] ?? "";
    expect(template).toContain("如“每月20日”或“20”");
  });

  test("the blank message says the cell is empty", () => {
    const zh = formatTemplate(
      rule.meta.messages["blank-yes-no"]?.["zh-CN"] ?? "",
      { sheet: "支部信息", row: 3, column: "F", header: "是否设支委会" },
      "zh-CN"
    );
    expect(zh).toMatch(/^“支部信息”第3行F列（是否设支委会）为空。此项为必填，请填写“是”或“否”/);
  });

  test("summary variants of amounts and rates do not repeat the cell's text", () => {
    const summary = rule.meta.summaryMessages ?? {};
    expect(Object.keys(summary).sort()).toEqual(["unreadable-amount", "unreadable-ratio"]);
    for (const message of Object.values(summary)) {
      expect(message["zh-CN"]).not.toContain("{text}");
      expect(message["en-US"]).not.toContain("{text}");
    }
  });
});
