import type { Localized } from "../../i18n/locale";
import type { ValueKind } from "../../model/ledgers";
import { defineRule } from "../types";
import { messageTable } from "../common/messageTable";
import { clip, EXPECTED_FORMS, FIELD_FORMS } from "../common/structureText";

/** A form a cell is held to: a value kind, or a field with forms of its own ("unitInfo.year"). */
type Form = ValueKind | keyof typeof FIELD_FORMS;

/**
 * Message ids: one per form, so each message says in its own language what the cell needs and no
 * translated text travels in the data.
 */
const unreadableId = <F extends Form>(form: F): `unreadable-${F}` => `unreadable-${form}`;
const blankId = <F extends Form>(form: F): `blank-${F}` => `blank-${form}`;

/** Every expected form: the value kinds, then the fields with forms of their own. */
const FORMS: Record<Form, Localized> = { ...EXPECTED_FORMS, ...FIELD_FORMS };
const FORM_IDS = Object.keys(FORMS) as Form[];

const isFieldForm = (key: string): key is keyof typeof FIELD_FORMS => key in FIELD_FORMS;

/** The form a cell is held to: its field's own when it has one, else its kind's. */
function formOf(ledger: string, field: string, kind: ValueKind): Form {
  const key = `${ledger}.${field}`;
  return isFieldForm(key) ? key : kind;
}

/** Kinds whose cell text can reveal a member's income (党费基数 and what is derived from it). */
const INCOME_KINDS = ["amount", "ratio"] as const satisfies readonly ValueKind[];

function unreadableMessage(form: Form, showText: boolean): Localized {
  const expected = FORMS[form];
  const zhText = showText ? "填写的“{text}”" : "的内容";
  const enText = showText ? "holds “{text}”, which" : "holds a value that";
  return {
    "zh-CN": `“{sheet}”第{row}行{column}列（{header}）${zhText}无法识别，应填写${expected["zh-CN"]}。请改正后重新检查`,
    "en-US": `Sheet “{sheet}”, row {row}, column {column} ({header}) ${enText} cannot be read. Please enter ${expected["en-US"]}, then check again`,
  };
}

function blankMessage(form: Form): Localized {
  const expected = FORMS[form];
  return {
    "zh-CN": `“{sheet}”第{row}行{column}列（{header}）为空。此项为必填，请填写${expected["zh-CN"]}；未填写时，该行不参加需要此项的检查`,
    "en-US": `Sheet “{sheet}”, row {row}, column {column} ({header}) is empty. It is required: please enter ${expected["en-US"]}; until then the row is left out of the checks that need it`,
  };
}

const MESSAGES = messageTable(
  FORM_IDS.flatMap((form) => [
    [unreadableId(form), unreadableMessage(form, true)] as const,
    [blankId(form), blankMessage(form)] as const,
  ])
);

/** The summary sheet is emailed upward: it does not repeat amounts and rates as written. */
const SUMMARY_MESSAGES = messageTable(
  INCOME_KINDS.map((kind) => [unreadableId(kind), unreadableMessage(kind, false)] as const)
);

export default defineRule({
  meta: {
    id: "structure-unreadable-cell",
    ledger: "structure",
    requires: [],
    // Looks at every column alike; 填表说明 explains it once for all columns.
    reads: {},
    kind: "structure",
    defaultSeverity: "unreadable",
    title: { "zh-CN": "单元格无法识别", "en-US": "Unreadable cell" },
    description: {
      "zh-CN":
        "必填单元格为空，或日期、金额、人数、是/否、会议类型等内容无法识别：标出该单元格，该行不参加需要此项的检查，其他检查照常进行。",
      "en-US":
        "A required cell is blank, or a date, amount, number, yes/no, meeting type or similar cannot be read: the cell is marked and the row is left out of the checks that need it; everything else runs as usual.",
    },
    fix: {
      "zh-CN":
        "补填该单元格，或按标准格式改写：日期如“2024-03-05”，金额、人数、学时填数字，是/否填“是”或“否”，会议类型等从下拉列表中选择。",
      "en-US":
        "Fill in the cell, or rewrite it in the standard form: dates like 2024-03-05; amounts, counts and hours as numbers; 是 or 否 for yes/no; meeting types and the like from the drop-down list.",
    },
    clause: {
      citations: [],
      note: { "zh-CN": "党建台账标准模板", "en-US": "The standard ledger template" },
    },
    options: {},
    messages: MESSAGES,
    summaryMessages: SUMMARY_MESSAGES,
  },
  check(context) {
    for (const issue of context.workbook.issues) {
      if (issue.type !== "unreadable-cell") continue;
      const form = formOf(issue.ledger, issue.field, issue.expected);
      context.report({
        kind: "structure",
        sheet: issue.sheet,
        row: issue.row,
        column: issue.column,
        messageId: issue.blank ? blankId(form) : unreadableId(form),
        data: {
          sheet: issue.sheet,
          row: issue.row,
          column: issue.column,
          header: issue.header,
          text: clip(issue.text.trim()),
        },
      });
    }
  },
});
