/** The engine's public surface, for adapters, the task pane and the command line. */
export type { SheetModel } from "./workbook/sheetModel";
export { type FindingKind, type Severity, SEVERITIES, RULE_IDS, type RuleId } from "./basics";
export type { CellValue, SheetInput } from "./cell/types";
export type { CheckOptions, CheckSettings, DuesRounding, RuleSetting } from "./config/settings";
export type { Finding, FindingData } from "./findings/types";
export type { Locale, Localized } from "./i18n/locale";
export { DEFAULT_LOCALE, LOCALES, nearestLocale } from "./i18n/locale";
export { checkWorkbook, countBySeverity, lookupRuleMeta, summarize, summaryData } from "./check";
export type { CheckResult, SummaryRequest } from "./check";
export type { HighlightPlan } from "./highlight/plan";
export type { SummarySheet } from "./summary/summaryData";
export { RULES, ruleById } from "./rules/registry";
export { readWorkbook } from "./read";
