import type { Localized } from "../../i18n/locale";
import type { LedgerId, ValueKind } from "../../model/ledgers";
import { LEDGER_SCHEMAS, type LedgerSchema } from "../../schema/ledgerSchemas";

/** Texts and look-ups shared by the structure-* rules, which turn reading problems into advice. */

export function schemaOf(ledger: LedgerId): LedgerSchema | undefined {
  return LEDGER_SCHEMAS.find((s) => s.id === ledger);
}

/**
 * Names listed as alternatives ("支部信息/支部名册/党组织信息"). The slash reads the same in both
 * languages, so one message datum serves zh-CN and en-US alike; an empty list shows as "—".
 */
export function alternatives(names: readonly string[]): string {
  const distinct = [...new Set(names.filter((n) => n !== ""))];
  return distinct.length > 0 ? distinct.join("/") : "—";
}

/** A cell's text for a message: long texts are cut so one finding stays one readable line. */
export function clip(text: string, max = 30): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}

/**
 * What a cell of each kind should hold, with forms the reader accepts, written to follow
 * "应填写" / "please enter".
 */
export const EXPECTED_FORMS: Record<ValueKind, Localized> = {
  text: { "zh-CN": "相应内容", "en-US": "the required text" },
  name: { "zh-CN": "一个人的姓名，如“张三”", "en-US": "one person's name, such as 张三" },
  names: {
    "zh-CN": "姓名，多人之间用顿号分隔，如“张三、李四”",
    "en-US": "names separated by 、, such as 张三、李四",
  },
  date: {
    "zh-CN": "日期，如“2024-03-05”“2024/3/5”或“2024年3月5日”",
    "en-US": "a date such as 2024-03-05, 2024/3/5 or 2024年3月5日",
  },
  "month-range": {
    "zh-CN": "所属月份，如“2024年3月”或“2024.03”，一次交纳几个月的写成“2024.01-2024.03”",
    "en-US": "a month such as 2024年3月 or 2024.03, or a span of months such as 2024.01-2024.03",
  },
  amount: {
    "zh-CN": "金额，如“150”“150.00”或“150.00元”",
    "en-US": "an amount such as 150, 150.00 or 150.00元",
  },
  ratio: { "zh-CN": "交纳比例，如“1%”或“0.5%”", "en-US": "a rate such as 1% or 0.5%" },
  count: { "zh-CN": "整数，如“25”", "en-US": "a whole number such as 25" },
  hours: { "zh-CN": "学时数，如“4”或“1.5”", "en-US": "a number of hours such as 4 or 1.5" },
  years: { "zh-CN": "年数，如“3”", "en-US": "a number of years such as 3" },
  "yes-no": {
    "zh-CN": "“是”或“否”（也可填Y/N、√/×、有/无）",
    "en-US": "是 or 否 (Y/N, √/× and 有/无 are accepted too)",
  },
  "meeting-types": {
    "zh-CN":
      "会议类型，如“支部党员大会”“支委会”“党小组会”“党课”“主题党日”“组织生活会”“民主评议党员”；一次会议兼有几类的用顿号分隔，如“党员大会、党课”",
    "en-US":
      "a meeting type such as 支部党员大会, 支委会, 党小组会, 党课, 主题党日, 组织生活会 or 民主评议党员; a meeting of several types lists them with 、, such as 党员大会、党课",
  },
  "member-category": { "zh-CN": "“正式”或“预备”", "en-US": "正式 (full) or 预备 (probationary)" },
  "member-status": {
    "zh-CN":
      "党员状态，如“正常”“转出”“去世”“停止党籍”“出党”“出国（境）”“流动党员”“挂职借调”“因病长期不能参加”",
    "en-US":
      "a member's situation such as 正常, 转出, 去世, 停止党籍, 出党, 出国（境）, 流动党员, 挂职借调 or 因病长期不能参加",
  },
  "person-category": {
    "zh-CN": "“在职”“离退休”“学生”“下岗失业”“低保”“农民”或“其他”",
    "en-US": "在职, 离退休, 学生, 下岗失业, 低保, 农民 or 其他",
  },
  "party-role": {
    "zh-CN": "“书记”“副书记”“委员”“组长”或“党员”",
    "en-US": "书记, 副书记, 委员, 组长 or 党员",
  },
};

/**
 * Cells whose kind alone says too little, keyed `ledger.field`: 单位信息's settings are read as
 * text or numbers but accept only particular forms.
 */
export const FIELD_FORMS = {
  "unitInfo.year": { "zh-CN": "年份，如“2024”", "en-US": "a year such as 2024" },
  "unitInfo.collectionDay": {
    "zh-CN": "每月固定的交纳日，如“每月20日”或“20”（“20日前”这类截止日无法作为集中交纳日）",
    "en-US":
      "a fixed day of the month such as 每月20日 or 20 (a deadline such as 20日前 is not a day)",
  },
  "unitInfo.lectureFrequency": {
    "zh-CN": "“季度”“半年”或“年”",
    "en-US": "季度 (quarter), 半年 (half-year) or 年 (year)",
  },
  // A month cell of the month-column dues register (党员党费交纳登记表).
  "dues.monthPayment": {
    "zh-CN":
      "该月交纳情况：实交金额（如“50”）、交纳日期（如“2025-03-20”）、“√”“已交”或交纳人签名；未交的留空或填“未交”",
    "en-US":
      "the month's payment: the amount paid (such as 50), the date paid (such as 2025-03-20), √, 已交 or the payer's signature; leave it blank or write 未交 when unpaid",
  },
} satisfies Record<string, Localized>;
