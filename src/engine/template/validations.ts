import { day } from "../calendar/day";
import type { Locale, Localized } from "../i18n/locale";
import type { ValueKind } from "../model/ledgers";
import type { TemplateValidation, ValidationRule } from "./types";

/** The drop-down lists of the template. Typed values outside them are still accepted (warning style). */
export const TEMPLATE_LISTS = {
  meetingTypes: [
    "支部党员大会",
    "支部委员会",
    "党小组会",
    "党课",
    "主题党日",
    "组织生活会",
    "民主评议党员",
    "民主生活会",
    "述职评议",
  ],
  memberCategories: ["正式党员", "预备党员"],
  memberStatuses: [
    "正常",
    "转出",
    "去世",
    "停止党籍",
    "出党",
    "出国（境）",
    "流动党员",
    "挂职借调",
    "因病长期不能参加",
  ],
  personCategories: ["在职", "离退休", "学生", "下岗失业", "低保", "农民", "其他"],
  partyRoles: ["书记", "副书记", "委员", "组长", "党员"],
  trainingCategories: ["集中轮训", "集中培训", "党校培训", "示范培训", "网络培训", "自学", "其他"],
  yesNo: ["是", "否"],
  lectureFrequencies: ["季度", "半年", "年"],
} as const satisfies Record<string, readonly string[]>;

/** Dates outside these years are typing slips ("2204", "1024"). */
export const EARLIEST_DATE = day(1950, 1, 1);
export const LATEST_DATE = day(2100, 12, 31);

/** Excel rejects a file whose validation texts are longer than these. */
export const PROMPT_TITLE_LIMIT = 32;
export const PROMPT_LIMIT = 255;
/** An inline list's formula ("a,b,c" with its quotes) may hold at most 255 characters. */
export const LIST_FORMULA_LIMIT = 255;

const ERROR_TITLE: Localized = { "zh-CN": "请核对填写内容", "en-US": "Please check this entry" };
const ERROR_TAIL: Localized = {
  "zh-CN": "如确认无误，请点击“是”保留。",
  "en-US": "If it is right, click Yes to keep it.",
};

/** A validation whose prompt and warning both say what the cell expects. */
export function validation(
  rule: ValidationRule,
  title: Localized,
  prompt: Localized,
  locale: Locale
): TemplateValidation {
  return {
    rule,
    promptTitle: title[locale],
    prompt: prompt[locale],
    errorTitle: ERROR_TITLE[locale],
    error: `${prompt[locale]}${locale === "zh-CN" ? "" : " "}${ERROR_TAIL[locale]}`,
    errorStyle: "warning",
  };
}

const list = (values: readonly string[]): ValidationRule => ({ type: "list", values });

interface KindValidation {
  rule: ValidationRule;
  title: Localized;
  prompt: Localized;
}

/** The validation each kind of cell gets unless its column has its own (see columnLayout.ts). */
export const KIND_VALIDATIONS: Partial<Record<ValueKind, KindValidation>> = {
  date: {
    rule: { type: "date", min: EARLIEST_DATE, max: LATEST_DATE },
    title: { "zh-CN": "填写日期", "en-US": "A date" },
    prompt: {
      "zh-CN":
        "请填写日期，如2025-3-5或2025/3/5。只知道月份的写“2025年3月”，出现提示时点“是”保留。",
      "en-US":
        "Enter a date such as 2025-3-5 or 2025/3/5. A month alone is written 2025年3月: click Yes at the warning to keep it.",
    },
  },
  amount: {
    rule: { type: "decimal", min: 0 },
    title: { "zh-CN": "填写金额（元）", "en-US": "An amount (yuan)" },
    prompt: {
      "zh-CN": "请填写金额（元），不小于0，如150.00。",
      "en-US": "Enter an amount in yuan, 0 or more, such as 150.00.",
    },
  },
  ratio: {
    rule: { type: "decimal", min: 0, max: 1 },
    title: { "zh-CN": "填写交纳比例", "en-US": "A dues rate" },
    prompt: {
      "zh-CN": "请填写交纳比例，如0.5%、1%、1.5%、2%（按百分比输入）。",
      "en-US": "Enter the dues rate as a percentage: 0.5%, 1%, 1.5% or 2%.",
    },
  },
  count: {
    rule: { type: "whole", min: 0 },
    title: { "zh-CN": "填写人数", "en-US": "A number of people" },
    prompt: {
      "zh-CN": "请填写不小于0的整数，如25。",
      "en-US": "Enter a whole number, 0 or more, such as 25.",
    },
  },
  hours: {
    rule: { type: "decimal", min: 0 },
    title: { "zh-CN": "填写学时", "en-US": "Study hours" },
    prompt: {
      "zh-CN": "请填写学时数，不小于0，如4或1.5。",
      "en-US": "Enter the study hours, 0 or more, such as 4 or 1.5.",
    },
  },
  years: {
    rule: { type: "whole", min: 1, max: 10 },
    title: { "zh-CN": "填写任期年数", "en-US": "Term in years" },
    prompt: {
      "zh-CN": "请填写任期年数，党支部一般为3年。",
      "en-US": "Enter the term in years; a branch's term is usually 3.",
    },
  },
  "yes-no": {
    rule: list(TEMPLATE_LISTS.yesNo),
    title: { "zh-CN": "选择是或否", "en-US": "Yes or no" },
    prompt: { "zh-CN": "请选择“是”或“否”。", "en-US": "Choose 是 (yes) or 否 (no)." },
  },
  "member-category": {
    rule: list(TEMPLATE_LISTS.memberCategories),
    title: { "zh-CN": "选择党员类别", "en-US": "Member category" },
    prompt: {
      "zh-CN": "请选择“正式党员”或“预备党员”。",
      "en-US": "Choose 正式党员 (full member) or 预备党员 (probationary member).",
    },
  },
  "member-status": {
    rule: list(TEMPLATE_LISTS.memberStatuses),
    title: { "zh-CN": "选择党员状态", "en-US": "Member's situation" },
    prompt: {
      "zh-CN":
        "正常的可不填。转出、去世、停止党籍、出党、出国（境）、流动党员、挂职借调、因病长期不能参加的，请选择并填写变动日期。",
      "en-US":
        "Leave blank if normal. Otherwise choose the situation (transferred out, deceased, abroad, seconded, long ill…) and enter the 变动日期.",
    },
  },
  "person-category": {
    rule: list(TEMPLATE_LISTS.personCategories),
    title: { "zh-CN": "选择人员类别", "en-US": "Person category" },
    prompt: {
      "zh-CN": "请选择人员类别：在职、离退休、学生、下岗失业、低保、农民或其他。党费比例按此确定。",
      "en-US":
        "Choose 在职, 离退休, 学生, 下岗失业, 低保, 农民 or 其他; the dues rate depends on it.",
    },
  },
  "party-role": {
    rule: list(TEMPLATE_LISTS.partyRoles),
    title: { "zh-CN": "选择党内职务", "en-US": "Party post" },
    prompt: {
      "zh-CN": "请选择书记、副书记、委员、组长或党员；组织委员等可直接填写。",
      "en-US": "Choose 书记, 副书记, 委员, 组长 or 党员; titles such as 组织委员 may be typed.",
    },
  },
  "meeting-types": {
    rule: list(TEMPLATE_LISTS.meetingTypes),
    title: { "zh-CN": "选择会议类型", "en-US": "Meeting type" },
    prompt: {
      "zh-CN":
        "请从列表选择会议类型。一次会议兼有几类的，直接输入并用顿号分隔，如“支部党员大会、党课”，出现提示时点“是”保留。",
      "en-US":
        "Choose the meeting type. For a meeting of several types type them separated by 、, e.g. 支部党员大会、党课, and click Yes at the warning.",
    },
  },
};
