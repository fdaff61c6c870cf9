/** The closed vocabularies that ledger cells are read into. Labels live in src/engine/i18n. */

export const MEETING_TYPES = [
  "general", // 支部党员大会
  "committee", // 支部委员会
  "group", // 党小组会
  "lecture", // 党课
  "theme-day", // 主题党日
  "org-life", // 组织生活会
  "appraisal", // 民主评议党员
  "democratic-life", // 民主生活会
  "report-review", // 述职评议
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** 党员类别 */
export type MemberCategory = "full" | "probationary";

/**
 * 党员状态 / 组织关系状态 (党员名册, optional): what the member's situation is from 变动日期 on.
 * specification.md, "Members' situations", sets what each means for the rules.
 */
export const MEMBER_STATUSES = [
  "normal", // 正常
  "transferred-out", // 转出
  "deceased", // 去世
  "suspended", // 停止党籍
  "expelled", // 出党／除名
  "abroad", // 出国（境）
  "mobile", // 流动党员
  "seconded", // 挂职／借调
  "long-ill", // 因病长期不能参加
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** 人员类别, as the dues table distinguishes them (DF 第二至六条). */
export const PERSON_CATEGORIES = [
  "serving",
  "retired",
  "student",
  "unemployed",
  "low-income",
  "farmer",
  "other",
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** 党内职务 */
export type PartyRole =
  "secretary" | "deputy-secretary" | "committee-member" | "group-leader" | "member";

/** 党课频率 and other recurring requirements use the calendar frequencies. */
export type { Frequency } from "../calendar/period";
