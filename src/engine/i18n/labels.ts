import type { Severity } from "../findings/types";
import type { LedgerId } from "../model/ledgers";
import type { MeetingType, MemberCategory, PersonCategory } from "../model/vocabulary";
import type { Localized } from "./locale";

/** Every user-visible label of the engine's vocabularies, in both languages, in one place. */

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  error: { "zh-CN": "不符合", "en-US": "Error" },
  warning: { "zh-CN": "提示", "en-US": "Warning" },
  reminder: { "zh-CN": "提醒", "en-US": "Reminder" },
  unreadable: { "zh-CN": "无法识别", "en-US": "Unreadable" },
};

export const LEDGER_LABELS: Record<LedgerId | "structure", Localized> = {
  unitInfo: { "zh-CN": "单位信息", "en-US": "Unit information" },
  branches: { "zh-CN": "支部信息", "en-US": "Branches" },
  members: { "zh-CN": "党员名册", "en-US": "Member roster" },
  meetings: { "zh-CN": "会议台账", "en-US": "Meetings ledger" },
  lectures: { "zh-CN": "党课台账", "en-US": "Party lectures ledger" },
  dues: { "zh-CN": "党费台账", "en-US": "Dues ledger" },
  training: { "zh-CN": "培训台账", "en-US": "Training ledger" },
  structure: { "zh-CN": "表格结构", "en-US": "Workbook structure" },
};

export const MEETING_TYPE_LABELS: Record<MeetingType, Localized> = {
  general: { "zh-CN": "支部党员大会", "en-US": "branch general meeting" },
  committee: { "zh-CN": "支部委员会", "en-US": "branch committee meeting" },
  group: { "zh-CN": "党小组会", "en-US": "party group meeting" },
  lecture: { "zh-CN": "党课", "en-US": "party lecture" },
  "theme-day": { "zh-CN": "主题党日", "en-US": "theme party day" },
  "org-life": { "zh-CN": "组织生活会", "en-US": "organisational life meeting" },
  appraisal: { "zh-CN": "民主评议党员", "en-US": "democratic appraisal of members" },
  "democratic-life": { "zh-CN": "民主生活会", "en-US": "democratic life meeting" },
};

export const MEMBER_CATEGORY_LABELS: Record<MemberCategory, Localized> = {
  full: { "zh-CN": "正式党员", "en-US": "full member" },
  probationary: { "zh-CN": "预备党员", "en-US": "probationary member" },
};

export const PERSON_CATEGORY_LABELS: Record<PersonCategory, Localized> = {
  serving: { "zh-CN": "在职", "en-US": "in service" },
  retired: { "zh-CN": "离退休", "en-US": "retired" },
  student: { "zh-CN": "学生", "en-US": "student" },
  unemployed: { "zh-CN": "下岗失业", "en-US": "unemployed" },
  "low-income": { "zh-CN": "低保", "en-US": "on subsistence allowance" },
  farmer: { "zh-CN": "农民", "en-US": "farmer" },
  other: { "zh-CN": "其他", "en-US": "other" },
};

/** Texts the engine adds around rule messages. */
export const ENGINE_TEXT = {
  reminderSuffix: { "zh-CN": "（期限：{dueDate:date}）", "en-US": " (due {dueDate:date})" },
  ruleFailed: {
    "zh-CN": "规则“{rule}”运行出错，已跳过：{message}",
    "en-US": "Rule “{rule}” failed and was skipped: {message}",
  },
} satisfies Record<string, Localized>;
