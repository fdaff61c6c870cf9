/**
 * The engine's public surface: the one door through which the adapters (src/excel, src/xlsx), the
 * task pane, the ribbon commands, the command line and the sample generator reach the engine
 * (lint refuses a path past it). Two named entries sit beside it: `engine/template` (the standard
 * template as a model) and `engine/workbook` (what both adapters write: the sheet model, the
 * markers, sheet names). Moving a file inside the engine changes nothing outside it.
 */

// Basic vocabulary
export {
  isRuleId,
  RULE_IDS,
  SEVERITIES,
  type FindingKind,
  type MessageData,
  type RuleId,
  type Severity,
} from "./basics";
export type { CellValue, SheetInput } from "./cell/types";
export { cellAddress, columnIndex, columnLetter, parseCellAddress } from "./cell/address";
export { dayFromIso, dayFromTimestamp, isoDate, PHANTOM_LEAP_DAY } from "./calendar/day";
export type { Frequency } from "./calendar/period";
export { chinaTimestamp, localTimestamp } from "./calendar/timestamp";

// Checking a workbook
export {
  checkWorkbook,
  countBySeverity,
  lookupRuleMeta,
  summarize,
  summaryData,
  type CheckResult,
  type SummaryRequest,
} from "./check";
export {
  DEFAULTS,
  type CheckOptions,
  type CheckSettings,
  type DuesRounding,
  type RuleSetting,
} from "./config/settings";
export type { OptionProblem } from "./config/resolveSettings";
export type { EngineError } from "./run/report";
export { RULES, ruleById } from "./rules/registry";

// Reading ledgers
export { readWorkbook } from "./read/readWorkbook";
export { findHeaderRow, HEADER_SCAN_ROWS } from "./read/findHeaderRow";
export { headerLabel, type Grid } from "./read/grid";
export { isIgnoredSheet, ledgerOfName, recognizeSheets } from "./read/recognizeSheets";
export { parseAmount, parseMonthRange } from "./parse";
export {
  LEDGER_IDS,
  RECORD_LEDGER_IDS,
  type LedgerId,
  type LedgerWorkbook,
  type RecordLedgerId,
  type UnitInfoKey,
} from "./model/ledgers";
export {
  BRANCHES_SCHEMA,
  DUES_SCHEMA,
  LEDGER_SCHEMAS,
  UNIT_INFO_SCHEMA,
} from "./schema/ledgerSchemas";

// Findings in words, and the models written from them
export type { Finding, FindingData } from "./findings/types";
export { renderFindings } from "./render/messages";
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  nearestLocale,
  type Locale,
  type Localized,
} from "./i18n/locale";
export { formatTemplate } from "./i18n/formatTemplate";
export { formatDate, formatPeriod } from "./i18n/formatValue";
export {
  ENGINE_TEXT,
  LEDGER_LABELS,
  SEVERITY_HEADINGS,
  SEVERITY_LABELS,
  SUMMARY_TEXT,
} from "./i18n/labels";
export {
  planHighlights,
  type HighlightPlan,
  type RowRange,
  type SheetHighlights,
} from "./highlight/plan";
export { HIGHLIGHT_COLOURS, type MarkColours } from "./highlight/colours";
export { cellAddresses, chunkAddresses } from "./highlight/addresses";
export { noteBoxSize, type NoteBox } from "./highlight/noteBox";
export type { BranchFigures, SummarySheet } from "./summary/summaryData";
export {
  buildRollup,
  rankEntries,
  settingsSummary,
  type RollupEntry,
  type SkippedFile,
} from "./rollup/buildRollup";
export { parseSummaryData, type SummaryDataReading } from "./rollup/summaryDataSchema";
export { rollupWarnings } from "./rollup/rollupWarnings";
export { buildJsonReport, type JsonReport } from "./report/jsonReport";

// What a workbook keeps for the add-in: its settings and the warnings explained (已说明); what a
// check departs from the rules as written, in words; a rule explained
export {
  ACKNOWLEDGEMENT_LIMITS,
  applyAcknowledgements,
  findingKeys,
  validateAcknowledgements,
  type Acknowledged,
  type Acknowledgement,
} from "./acknowledge";
export {
  ACKNOWLEDGEMENTS_KEY,
  ADDIN_ID,
  parseStoredValue,
  SETTINGS_KEY,
  toCheckOptions,
  validateStoredSettings,
  type StoredSettings,
} from "./config/stored";
export type { ChangeableSetting, SettingChange } from "./config/settingChange";
export { describeSettingChanges } from "./render/settingChanges";
export { explainRule, type RuleExplanation } from "./rules/explain";
export type { RuleModule } from "./rules/types";
