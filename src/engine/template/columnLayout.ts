import { columnLetter } from "../cell/address";
import type { Locale, Localized } from "../i18n/locale";
import type { LedgerId, ValueKind } from "../model/ledgers";
import { BRANCHES_SCHEMA, type ColumnSchema } from "../schema/ledgerSchemas";
import { textWidth } from "../workbook/textLayout";
import { TEMPLATE_FIRST_DATA_ROW, TEMPLATE_LAST_FORMATTED_ROW } from "./layout";
import type { TemplateColumn, TemplateValidation, ValidationRule } from "./types";
import { KIND_VALIDATIONS, TEMPLATE_LISTS, validation } from "./validations";

/** Number formats by kind. Text kinds are "@" so Excel keeps "2025.01" or "1-3" as typed. */
const KIND_FORMATS: Record<ValueKind, string> = {
  text: "@",
  name: "@",
  names: "@",
  date: "yyyy-mm-dd",
  "month-range": "@",
  amount: "#,##0.00",
  ratio: "0.0%",
  count: "0",
  hours: "0.0",
  years: "0",
  "yes-no": "@",
  "meeting-types": "@",
  "member-category": "@",
  "member-status": "@",
  "person-category": "@",
  "party-role": "@",
};

const KIND_WIDTHS: Record<ValueKind, number> = {
  text: 14,
  name: 10,
  names: 24,
  date: 12,
  "month-range": 16,
  amount: 12,
  ratio: 10,
  count: 9,
  hours: 8,
  years: 8,
  "yes-no": 10,
  "meeting-types": 18,
  "member-category": 11,
  "member-status": 14,
  "person-category": 11,
  "party-role": 10,
};

const KIND_ALIGNMENT: Record<ValueKind, TemplateColumn["horizontal"]> = {
  text: "left",
  name: "left",
  names: "left",
  date: "center",
  "month-range": "center",
  amount: "right",
  ratio: "right",
  count: "right",
  hours: "right",
  years: "center",
  "yes-no": "center",
  "meeting-types": "left",
  "member-category": "center",
  "member-status": "center",
  "person-category": "center",
  "party-role": "center",
};

/** Columns whose content is longer than their kind suggests. */
const WIDTH_OVERRIDES: Readonly<Record<string, number>> = {
  "branches.name": 18,
  "branches.secretaryTitle": 16,
  "members.branch": 16,
  "members.group": 12,
  "members.adminTitle": 14,
  "meetings.branch": 16,
  "meetings.types": 22,
  "meetings.group": 12,
  "meetings.topic": 30,
  "meetings.absentees": 20,
  "meetings.attendees": 30,
  "lectures.branch": 16,
  "lectures.lecturerTitle": 16,
  "lectures.title": 32,
  "dues.branch": 16,
  "dues.remark": 24,
  "training.branch": 16,
  "training.role": 12,
  "training.course": 28,
  "training.category": 12,
  "training.organizer": 18,
};

/** Prompt-only validations for free-text columns whose forms matter to the reader. */
const TEXT_PROMPTS: Readonly<Record<string, { title: Localized; prompt: Localized }>> = {
  "dues.months": {
    title: { "zh-CN": "填写所属月份", "en-US": "Month paid for" },
    prompt: {
      "zh-CN":
        "如2025.03或2025年3月；经支部同意一次交纳几个月的写成2025.01-2025.03，并在备注中写明“经支部同意”。",
      "en-US":
        "E.g. 2025.03 or 2025年3月; several approved months are written 2025.01-2025.03 with 经支部同意 in 备注.",
    },
  },
  "meetings.attendees": {
    title: { "zh-CN": "填写参加人员", "en-US": "Attendees" },
    prompt: {
      "zh-CN": "参加人员姓名用顿号分隔，如“张三、李四、王五”；不要写“全体党员”。",
      "en-US": "Names separated by 、, e.g. 张三、李四、王五; not 全体党员.",
    },
  },
  "meetings.group": {
    title: { "zh-CN": "填写党小组", "en-US": "Party group" },
    prompt: {
      "zh-CN": "党小组会请填写党小组名称，与党员名册中的写法一致。",
      "en-US": "For a party group meeting, the group's name as written in the roster.",
    },
  },
  "dues.remark": {
    title: { "zh-CN": "填写备注", "en-US": "Remark" },
    prompt: {
      "zh-CN": "合并交纳写“经支部同意按季度交纳”；经批准减免写“经批准免交”；补足差额写“补交”。",
      "en-US":
        "经支部同意按季度交纳 for approved spans, 经批准免交 for exemptions, 补交 for top-ups.",
    },
  },
};

const TEXT_PROMPT_LENGTH = 1000;

/** The list of branches typed into 支部信息, offered wherever another sheet names a branch. */
export function branchListRange(): string {
  const column = BRANCHES_SCHEMA.columns.findIndex((c) => c.field === "name");
  const letter = columnLetter(Math.max(0, column));
  return `'${BRANCHES_SCHEMA.sheet}'!$${letter}$${TEMPLATE_FIRST_DATA_ROW}:$${letter}$${TEMPLATE_LAST_FORMATTED_ROW}`;
}

const BRANCH_PROMPT = {
  title: { "zh-CN": "选择支部", "en-US": "Branch" },
  prompt: {
    "zh-CN": "请从列表中选择“支部信息”中登记的支部名称，写法须完全一致。",
    "en-US": "Choose a branch listed in 支部信息; the name must match exactly.",
  },
} satisfies { title: Localized; prompt: Localized };

const TRAINING_CATEGORY_PROMPT = {
  title: { "zh-CN": "选择培训类别", "en-US": "Training category" },
  prompt: {
    "zh-CN":
      "请从列表选择。集中轮训、集中培训、党校培训、示范培训计为集中培训；网络培训、自学不计为集中培训。",
    "en-US":
      "Choose from the list. 集中轮训, 集中培训, 党校培训 and 示范培训 count as central training; online and self-study do not.",
  },
} satisfies { title: Localized; prompt: Localized };

function columnValidation(
  ledger: LedgerId,
  column: ColumnSchema,
  locale: Locale
): TemplateValidation | undefined {
  const key = `${ledger}.${column.field}`;
  const isBranchRef = ledger !== "branches" && ledger !== "unitInfo" && column.field === "branch";
  if (isBranchRef) {
    const rule: ValidationRule = { type: "list-range", range: branchListRange() };
    return validation(rule, BRANCH_PROMPT.title, BRANCH_PROMPT.prompt, locale);
  }
  if (key === "training.category") {
    const rule: ValidationRule = { type: "list", values: TEMPLATE_LISTS.trainingCategories };
    return validation(
      rule,
      TRAINING_CATEGORY_PROMPT.title,
      TRAINING_CATEGORY_PROMPT.prompt,
      locale
    );
  }
  const text = TEXT_PROMPTS[key];
  if (text) {
    const rule: ValidationRule = { type: "text-length", max: TEXT_PROMPT_LENGTH };
    return validation(rule, text.title, text.prompt, locale);
  }
  const byKind = KIND_VALIDATIONS[column.kind];
  return byKind ? validation(byKind.rule, byKind.title, byKind.prompt, locale) : undefined;
}

/** The header cell's text: a leading "*" marks required columns (the reader strips it). */
export function headerLabel(column: ColumnSchema): string {
  return column.required ? `*${column.header}` : column.header;
}

export function numberFormatOf(kind: ValueKind): string {
  return KIND_FORMATS[kind];
}

/** Width, format, alignment and validation of one ledger column. */
export function columnLayout(
  ledger: LedgerId,
  column: ColumnSchema,
  locale: Locale
): Pick<TemplateColumn, "label" | "width" | "numberFormat" | "horizontal" | "validation"> {
  const label = headerLabel(column);
  const override = WIDTH_OVERRIDES[`${ledger}.${column.field}`];
  // A header longer than the column wraps onto a second line rather than widening the sheet.
  const width = override ?? Math.max(KIND_WIDTHS[column.kind], Math.min(textWidth(label) + 2, 14));
  const checked = columnValidation(ledger, column, locale);
  return {
    label,
    width,
    numberFormat: KIND_FORMATS[column.kind],
    horizontal: KIND_ALIGNMENT[column.kind],
    ...(checked ? { validation: checked } : {}),
  };
}
