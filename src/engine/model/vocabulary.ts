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
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** 党员类别 */
export type MemberCategory = "full" | "probationary";

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
