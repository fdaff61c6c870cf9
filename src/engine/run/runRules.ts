import { isoDate } from "../calendar/day";
import type { CheckSettings } from "../config/settings";
import type { FindingData } from "../findings/types";
import type { LedgerWorkbook } from "../model/ledgers";
import { providesField } from "../model/ledgerFields";
import { RECORD_LEDGER_IDS } from "../model/ledgers";
import { isLedgerUsable } from "../model/usableLedger";
import type {
  NotCheckable,
  PeriodInput,
  ReportInput,
  RuleContext,
  RuleModule,
} from "../rules/types";
import { listBranches } from "./branchList";
import type { PeriodRecord, PeriodStatus, RuleRunResult, RuleStats, SkipReason } from "./report";
import type { Severity, RuleId, OptionValue, RuleOptions } from "../basics";

function emptyStats(ruleId: RuleId, skipped?: SkipReason): RuleStats {
  return {
    ruleId,
    ...(skipped ? { skipped } : {}),
    rowsChecked: 0,
    rowsFailed: 0,
    periodsChecked: 0,
    periodsMet: 0,
    periodsMissing: 0,
    periodsDueSoon: 0,
    findings: 0,
  };
}

function ruleOptions<O extends RuleOptions>(rule: RuleModule<O>, settings: CheckSettings): O {
  const overrides = settings.rules[rule.meta.id]?.options ?? {};
  const options: Record<string, OptionValue> = {};
  for (const [key, spec] of Object.entries(rule.meta.options)) {
    const override = overrides[key];
    // An override of the wrong type would make the rule misbehave silently; the default stands.
    options[key] =
      override !== undefined && typeof override === typeof spec.default ? override : spec.default;
  }
  return options as O;
}

/** Whether a rule can run: switched on, with the sheets it needs present and checkable. */
function skipReason(
  rule: RuleModule,
  workbook: LedgerWorkbook,
  settings: CheckSettings
): SkipReason | undefined {
  if (settings.rules[rule.meta.id]?.enabled === false) return "disabled";
  for (const ledger of rule.meta.requires) {
    if (!workbook[ledger]) return "missing-sheet";
    if (!isLedgerUsable(workbook, ledger)) return "missing-column";
  }
  return notCheckable(rule, workbook) ? "not-checkable" : undefined;
}

/**
 * Why a rule cannot check a ledger the workbook has: the ledger is kept in a form the rule does
 * not read, or does not record a field the rule needs. Undefined when it can.
 */
export function notCheckable(rule: RuleModule, workbook: LedgerWorkbook): NotCheckable | undefined {
  const { forms = {}, needs = {} } = rule.meta;
  for (const ledger of RECORD_LEDGER_IDS) {
    const sheet = workbook[ledger];
    if (!sheet) continue;
    const at = { ruleId: rule.meta.id, ledger, sheet: sheet.sheet, form: sheet.form };
    const readable = forms[ledger];
    if (readable && !readable.includes(sheet.form)) return at;
    const field = needs[ledger]?.find((f) => !providesField(sheet, f));
    if (field !== undefined) return { ...at, field };
  }
  return undefined;
}

/**
 * Classifies an unmet period on the as-of date (specification.md: unended periods are never
 * "missing"): due soon within `reminderDays` of its end, or from `remindFrom` on.
 */
function unmetStatus(
  end: number,
  start: number,
  settings: CheckSettings,
  remindFrom?: number
): PeriodStatus {
  if (end < settings.asOf) return "missing";
  if (start > settings.asOf) return "open";
  if (end - settings.asOf <= settings.reminderDays) return "due-soon";
  if (remindFrom !== undefined && settings.asOf >= remindFrom) return "due-soon";
  return "open";
}

/** Runs every rule over the workbook. A rule that throws is recorded; the others still run. */
export function runRules(
  rules: readonly RuleModule[],
  workbook: LedgerWorkbook,
  settings: CheckSettings
): RuleRunResult {
  const result: RuleRunResult = { findings: [], periods: [], stats: [], errors: [] };
  const branches = listBranches(workbook);
  // Worked out before any rule runs: structure-not-checkable reports the others'.
  const unable = rules.flatMap((rule) => {
    const reason =
      skipReason(rule, workbook, settings) === "not-checkable"
        ? notCheckable(rule, workbook)
        : undefined;
    return reason ? [reason] : [];
  });

  for (const rule of rules) {
    const skipped = skipReason(rule, workbook, settings);
    const stats = emptyStats(rule.meta.id, skipped);
    result.stats.push(stats);
    if (skipped) continue;

    const severity: Severity = settings.rules[rule.meta.id]?.severity ?? rule.meta.defaultSeverity;
    const findings: FindingData[] = [];
    const periods: PeriodRecord[] = [];
    const failedRows = new Set<string>();
    const base = {
      ruleId: rule.meta.id,
      sheet: null,
      row: null,
      column: null,
      branch: null,
      period: null,
      person: null,
    };

    const context: RuleContext<RuleOptions> = {
      workbook,
      settings,
      options: ruleOptions(rule, settings),
      severity,
      asOf: settings.asOf,
      year: settings.year,
      branches,
      notCheckable: unable,
      report(input: ReportInput): void {
        const kind = input.kind ?? "row";
        findings.push({
          ...base,
          severity: input.severity ?? severity,
          kind,
          sheet: input.sheet ?? null,
          row: input.row ?? null,
          column: input.column ?? null,
          branch: input.branch ?? null,
          period: input.period ?? null,
          person: input.person ?? null,
          messageId: input.messageId,
          data: input.data ?? {},
        });
        if (kind === "row" && input.row != null)
          failedRows.add(`${input.sheet ?? ""}\u0000${input.row}`);
      },
      period(input: PeriodInput): void {
        const { period } = input;
        const unmet = input.met
          ? "met"
          : unmetStatus(period.end, period.start, settings, input.remindFrom);
        const status = unmet === "missing" && input.excused === true ? "excused" : unmet;
        periods.push({
          ruleId: rule.meta.id,
          branch: input.branch,
          person: input.person ?? null,
          subject: input.subject ?? null,
          period: period.key,
          status,
        });
        if (status !== "missing" && status !== "due-soon" && status !== "excused") return;
        const reminder = status === "due-soon";
        findings.push({
          ...base,
          severity: reminder || status === "excused" ? "reminder" : (input.severity ?? severity),
          kind: "period",
          sheet: input.sheet ?? null,
          row: input.row ?? null,
          column: input.column ?? null,
          branch: input.branch,
          period: period.key,
          person: input.person ?? null,
          messageId: input.messageId,
          data: reminder ? { ...input.data, dueDate: isoDate(period.end) } : (input.data ?? {}),
        });
      },
      countRows(count = 1): void {
        stats.rowsChecked += count;
      },
    };

    try {
      rule.check(context);
    } catch (error) {
      result.errors.push({
        ruleId: rule.meta.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }

    stats.rowsFailed = failedRows.size;
    stats.findings = findings.length;
    for (const p of periods) {
      stats.periodsChecked++;
      if (p.status === "met") stats.periodsMet++;
      else if (p.status === "missing") stats.periodsMissing++;
      else if (p.status === "due-soon") stats.periodsDueSoon++;
    }
    // Loops, not spread: a dues ledger can yield more findings than a call's argument limit.
    for (const f of findings) result.findings.push(f);
    for (const p of periods) result.periods.push(p);
  }
  return result;
}
