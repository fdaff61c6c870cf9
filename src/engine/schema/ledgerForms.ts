import type { LedgerForm, RecordLedgerId } from "../model/ledgers";
import {
  BRANCH_ALIASES,
  column,
  DUES_SCHEMA,
  type LedgerSchema,
  NAME_ALIASES,
  required,
  TRAINING_SCHEMA,
} from "./ledgerSchemas";

/**
 * The other shapes in which offices keep a ledger (specification.md, "Other forms of a ledger").
 * Each is read into the ledger's usual records, so the rules run on them unchanged; what a form
 * cannot tell (a payment date, a course) makes the rules that need it "not checkable" instead of
 * silently passing.
 */
export interface FormSchema extends LedgerSchema {
  form: Exclude<LedgerForm, "rows">;
}

/** Columns the dues register and the annual table share with the one-row form, plus their own names. */
const DUES_PERSON_COLUMNS = [
  required("name", "姓名", "name", NAME_ALIASES),
  column("branch", "支部", "text", BRANCH_ALIASES),
  column("personCategory", "人员类别", "person-category"),
  column("base", "党费基数", "amount", [
    "缴存基数",
    "计算基数",
    "交纳基数",
    "月工资收入",
    "工资收入",
    "月收入",
    "工资基数",
    "月交纳基数",
  ]),
  column("ratio", "交纳比例", "ratio", ["执行标准", "交纳标准", "执行比例", "比例"]),
] as const;

/**
 * 党员党费交纳登记表: one row per member, a column per month (`1月`…`12月`, `一月`, `2025年1月`,
 * `2025.01`). The month columns are found by their headers, not listed here.
 */
export const DUES_REGISTER_SCHEMA: FormSchema = {
  id: "dues",
  form: "register",
  sheet: DUES_SCHEMA.sheet,
  sheetAliases: DUES_SCHEMA.sheetAliases,
  columns: [
    ...DUES_PERSON_COLUMNS,
    column("due", "月应交党费", "amount", [
      "应交党费",
      "每月应交党费",
      "月交党费",
      "每月交纳党费",
      "月应交金额",
      "每月应交",
    ]),
    column("remark", "备注", "text"),
  ],
};

/** The annual dues table: one row per member with the year's amount due and paid. */
export const DUES_ANNUAL_SCHEMA: FormSchema = {
  id: "dues",
  form: "annual",
  sheet: DUES_SCHEMA.sheet,
  sheetAliases: DUES_SCHEMA.sheetAliases,
  columns: [
    ...DUES_PERSON_COLUMNS,
    column("monthlyDue", "月应交党费", "amount", ["每月应交党费", "月交党费", "每月应交"]),
    required("due", "全年应交党费", "amount", [
      "年度应交党费",
      "全年应交",
      "应交党费(全年)",
      "应交党费(年度)",
      "应交党费(合计)",
      "应交党费合计",
      "全年应交金额",
    ]),
    required("paid", "全年实交党费", "amount", [
      "年度实交党费",
      "全年实交",
      "全年交纳党费",
      "全年已交党费",
      "实交党费(全年)",
      "实交党费(年度)",
      "实交党费(合计)",
      "实交党费合计",
      "全年实交金额",
    ]),
    column("remark", "备注", "text"),
  ],
};

/** The training hours table: one row per member with the year's study hours. */
export const TRAINING_HOURS_SCHEMA: FormSchema = {
  id: "training",
  form: "hours",
  sheet: TRAINING_SCHEMA.sheet,
  sheetAliases: TRAINING_SCHEMA.sheetAliases,
  columns: [
    required("name", "姓名", "name", NAME_ALIASES),
    column("branch", "支部", "text", BRANCH_ALIASES),
    column("role", "职务", "text", ["党内职务"]),
    column("totalHours", "全年学时", "hours", [
      "年度学时",
      "学时合计",
      "合计学时",
      "总学时",
      "累计学时",
      "全年学习培训学时",
      "年度学习培训学时",
      "学时(全年)",
      "学时(合计)",
    ]),
    column("centralHours", "集中学时", "hours", [
      "集中培训学时",
      "集中学习学时",
      "集中学习培训学时",
      "脱产培训学时",
      "面授学时",
      "线下学时",
    ]),
    column("onlineHours", "网络学时", "hours", [
      "网络培训学时",
      "网络学习学时",
      "在线学时",
      "线上学时",
      "网上学时",
    ]),
    column("selfStudyHours", "自学学时", "hours", ["个人自学学时", "自学时长"]),
  ],
};

/** The field an unreadable month cell of the register is reported under. */
export const REGISTER_MONTH_FIELD = "monthPayment";

/** Every other form, by the ledger it stands for, in the order they are tried. */
export const LEDGER_FORMS: Partial<Record<RecordLedgerId, readonly FormSchema[]>> = {
  dues: [DUES_REGISTER_SCHEMA, DUES_ANNUAL_SCHEMA],
  training: [TRAINING_HOURS_SCHEMA],
};

/** The hours columns of the hours table, with the 培训类别 their hours count as. */
export const HOURS_COLUMNS = [
  { field: "centralHours", category: "集中培训" },
  { field: "onlineHours", category: "网络培训" },
  { field: "selfStudyHours", category: "自学" },
  { field: "totalHours", category: "" },
] as const;
