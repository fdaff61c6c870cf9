import type { SheetInput } from "./cell/types";
import { ymdFromDay } from "./calendar/day";
import {
  plausibleYear,
  resolveAsOf,
  resolveSettings,
  type OptionProblem,
} from "./config/resolveSettings";
import type { CheckOptions, CheckSettings } from "./config/settings";
import type { Finding } from "./findings/types";
import { planHighlights, type HighlightPlan } from "./highlight/plan";
import type { Locale } from "./i18n/locale";
import type { LedgerWorkbook } from "./model/ledgers";
import { readWorkbook, type ReadOptions } from "./read";
import { ruleById, RULES } from "./rules/registry";
import type { RuleMeta } from "./rules/types";
import { listBranches } from "./run/branchList";
import type { EngineError, PeriodRecord, RuleStats } from "./run/report";
import { runRules } from "./run/runRules";
import { buildSummary, buildSummaryData, type SummaryInput } from "./summary/buildSummary";
import type { SummaryData, SummarySheet } from "./summary/summaryData";
import { SEVERITIES, type Severity, type RuleOptions, type RuleId } from "./basics";
import { renderFindings } from "./render/messages";

/** Everything one check of a workbook produces, as data. */
export interface CheckResult {
  settings: CheckSettings;
  workbook: LedgerWorkbook;
  branches: string[];
  findings: Finding[];
  totals: Record<Severity, number>;
  stats: RuleStats[];
  periods: PeriodRecord[];
  errors: EngineError[];
  optionProblems: OptionProblem[];
  /** What to mark on the ledger sheets. */
  highlights: HighlightPlan;
}

export const lookupRuleMeta = (id: RuleId): RuleMeta<RuleOptions> | undefined => ruleById(id)?.meta;

export function countBySeverity(
  findings: readonly { severity: Severity }[]
): Record<Severity, number> {
  const totals = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) totals[f.severity]++;
  return totals;
}

/** The caller's year and as-of year, which choose between several sheets of one ledger. */
function readOptions(options: CheckOptions): ReadOptions {
  const year = plausibleYear(options.year);
  return {
    ...(year !== undefined ? { year } : {}),
    asOfYear: ymdFromDay(resolveAsOf(options, [])).year,
  };
}

/** Reads the ledgers out of the sheets, resolves the settings and runs every rule. Never throws on data. */
export function checkWorkbook(
  sheets: readonly SheetInput[],
  options: CheckOptions = {}
): CheckResult {
  const workbook = readWorkbook(sheets, readOptions(options));
  const { settings, problems } = resolveSettings(workbook, options);
  const run = runRules(RULES, workbook, settings);
  const findings = renderFindings(run.findings, lookupRuleMeta, settings.locale);
  return {
    settings,
    workbook,
    branches: listBranches(workbook),
    findings,
    totals: countBySeverity(findings),
    stats: run.stats,
    periods: run.periods,
    errors: run.errors,
    optionProblems: problems,
    highlights: planHighlights(findings, settings.locale),
  };
}

export interface SummaryRequest {
  /** When the check ran, as the host shows it ("2025-01-15 10:30"). */
  checkedAt: string;
  /** The product version written into the summary. */
  version: string;
  locale?: Locale;
}

/** The 汇总表 of a check as a sheet model, which both adapters write the same way. */
export function summarize(result: CheckResult, request: SummaryRequest): SummarySheet {
  return buildSummary(summaryInput(result, request));
}

/** The 汇总表's figures (`summarize(...).data`) without the sheet: for reports that write none. */
export function summaryData(result: CheckResult, request: SummaryRequest): SummaryData {
  return buildSummaryData(summaryInput(result, request));
}

function summaryInput(result: CheckResult, request: SummaryRequest): SummaryInput {
  return {
    findings: result.findings,
    periods: result.periods,
    stats: result.stats,
    errors: result.errors,
    settings: result.settings,
    branches: result.branches,
    lookup: lookupRuleMeta,
    workbook: result.workbook,
    checkedAt: request.checkedAt,
    version: request.version,
    locale: request.locale ?? result.settings.locale,
  };
}
