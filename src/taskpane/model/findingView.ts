import {
  lookupRuleMeta,
  type Finding,
  type Locale,
  LEDGER_IDS,
  type LedgerId,
  type LedgerWorkbook,
  type Severity,
  type RuleId,
  renderFindings,
} from "../../engine";

/** Structure problems about the workbook's shape: shown as message bars, not as rows to visit. */
const SHAPE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "structure-missing-sheet",
  "structure-missing-column",
]);

export interface FindingFilters {
  /** null: every branch. */
  branch: string | null;
  /** null: every severity. */
  severity: Severity | null;
}

export const NO_FILTERS: FindingFilters = { branch: null, severity: null };

export interface RuleGroup {
  ruleId: RuleId;
  findings: Finding[];
}

/** The row findings of one worksheet, by rule in the engine's order. */
export interface SheetGroup {
  sheet: string;
  /** The ledger the sheet was recognised as; null for a sheet the engine did not recognise. */
  ledger: LedgerId | null;
  rules: RuleGroup[];
  count: number;
}

export interface FindingView {
  /** Missing sheets and columns: what to fix before the ledgers can be checked. */
  shape: Finding[];
  /** Findings on a sheet row, grouped by ledger sheet then rule, after the filters. */
  rows: SheetGroup[];
  /** Ended periods with no record (缺失事项), after the filters. */
  periods: Finding[];
  /** Periods ending soon and not yet met (提醒), after the filters. */
  reminders: Finding[];
  /** Findings the filters let through, in rows, periods and reminders together. */
  shown: number;
}

/**
 * Renders the check's findings in the pane's language. The host may have rendered them in
 * another (the summary sheet stays Chinese); the findings carry their data, so the pane does not
 * depend on it.
 */
export function localizeFindings(findings: readonly Finding[], locale: Locale): Finding[] {
  return renderFindings(findings, lookupRuleMeta, locale);
}

/** Which ledger a worksheet was read as, so groups follow the template's ledger order. */
export function ledgerOfSheet(workbook: LedgerWorkbook, sheet: string): LedgerId | null {
  for (const id of LEDGER_IDS) {
    if (workbook[id]?.sheet === sheet) return id;
  }
  return null;
}

function passes(finding: Finding, filters: FindingFilters): boolean {
  if (filters.severity !== null && finding.severity !== filters.severity) return false;
  if (filters.branch !== null && finding.branch !== filters.branch) return false;
  return true;
}

function isShape(finding: Finding): boolean {
  return finding.kind === "structure" && (SHAPE_RULES.has(finding.ruleId) || finding.row === null);
}

function groupRows(findings: readonly Finding[], workbook: LedgerWorkbook): SheetGroup[] {
  const bySheet = new Map<string, Map<RuleId, Finding[]>>();
  for (const finding of findings) {
    const sheet = finding.sheet ?? "";
    let rules = bySheet.get(sheet);
    if (!rules) {
      rules = new Map();
      bySheet.set(sheet, rules);
    }
    const list = rules.get(finding.ruleId) ?? [];
    list.push(finding);
    rules.set(finding.ruleId, list);
  }
  const groups = [...bySheet].map(([sheet, rules]): SheetGroup => {
    const ruleGroups = [...rules].map(([ruleId, list]) => ({
      ruleId,
      findings: [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    }));
    return {
      sheet,
      ledger: ledgerOfSheet(workbook, sheet),
      rules: ruleGroups,
      count: ruleGroups.reduce((sum, group) => sum + group.findings.length, 0),
    };
  });
  const order = (group: SheetGroup): number =>
    group.ledger === null ? LEDGER_IDS.length : LEDGER_IDS.indexOf(group.ledger);
  return groups.sort((a, b) => order(a) - order(b));
}

/** Splits the findings into what the pane shows where, applying the branch and severity filters. */
export function buildFindingView(
  findings: readonly Finding[],
  workbook: LedgerWorkbook,
  filters: FindingFilters
): FindingView {
  const shape = findings.filter(isShape);
  const rest = findings.filter((f) => !isShape(f) && passes(f, filters));
  const rowFindings = rest.filter((f) => f.row !== null && f.severity !== "reminder");
  const periods = rest.filter((f) => f.row === null && f.severity !== "reminder");
  const reminders = rest.filter((f) => f.severity === "reminder");
  return {
    shape,
    rows: groupRows(rowFindings, workbook),
    periods,
    reminders,
    shown: rowFindings.length + periods.length + reminders.length,
  };
}
