import {
  countBySeverity,
  findingKeys,
  lookupRuleMeta,
  renderFindings,
  RULES,
  type CheckResult,
  type Finding,
  type Locale,
  LEDGER_IDS,
  type LedgerId,
  type LedgerWorkbook,
  type Severity,
  type RuleId,
} from "../../engine";

/** A finding as the pane shows it: in the pane's language, with its identity when it may be explained. */
export interface PaneFinding extends Finding {
  /** The finding's identity for 已说明 (warnings only; see engine/acknowledge). */
  key?: string;
}

/** Structure problems about the workbook's shape: shown as message bars, not as rows to visit. */
const SHAPE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "structure-missing-sheet",
  "structure-missing-column",
]);

/** What matters first: 不符合, then 提示, then cells that could not be read, then 提醒. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  error: 0,
  warning: 1,
  unreadable: 2,
  reminder: 3,
};

const RULE_ORDER = new Map<RuleId, number>(RULES.map((rule, i) => [rule.meta.id, i]));
const ruleOrder = (id: RuleId): number => RULE_ORDER.get(id) ?? RULES.length;

export interface FindingFilters {
  /** null: every branch. */
  branch: string | null;
  /** null: every severity. */
  severity: Severity | null;
}

export const NO_FILTERS: FindingFilters = { branch: null, severity: null };

export const isFiltered = (filters: FindingFilters): boolean =>
  filters.branch !== null || filters.severity !== null;

/** The findings of one rule at one severity on one sheet; explained ones (已说明) last. */
export interface RuleGroup {
  ruleId: RuleId;
  severity: Severity;
  findings: PaneFinding[];
  /** Findings not explained: what the group's count shows. */
  open: number;
}

/** The row findings of one worksheet, most serious rule first. */
export interface SheetGroup {
  sheet: string;
  /** The ledger the sheet was recognised as; null for a sheet the engine did not recognise. */
  ledger: LedgerId | null;
  rules: RuleGroup[];
  /** Findings not explained. */
  count: number;
  worst: Severity;
}

/** Missing activities (缺失事项) of one branch, or of the department itself (branch null). */
export interface BranchGroup {
  branch: string | null;
  findings: PaneFinding[];
  /** Findings not explained. */
  count: number;
  worst: Severity;
}

export interface FindingView {
  /** Missing sheets and columns: what to fix before the ledgers can be checked. */
  shape: PaneFinding[];
  /** Findings on a sheet row, by sheet then rule, most serious first, after the filters. */
  rows: SheetGroup[];
  /** Ended periods with no record (缺失事项), by branch, after the filters. */
  periods: BranchGroup[];
  /** Periods ending soon and not yet met (提醒), earliest due first, after the filters. */
  reminders: PaneFinding[];
  /** Findings the filters let through, in rows, periods and reminders together. */
  shown: number;
  /** Counts by severity for the branch filter (never the severity filter), explained ones apart. */
  totals: Record<Severity, number>;
  /** Explained warnings (已说明) for the branch filter. */
  acknowledged: number;
}

/**
 * The check's findings in the pane's language, each warning with its identity for 已说明. The host
 * may have rendered them in another language (the summary stays Chinese); the findings carry their
 * data, so the pane does not depend on it.
 */
export function paneFindings(result: CheckResult, locale: Locale): PaneFinding[] {
  const rendered = renderFindings(result.findings, lookupRuleMeta, locale);
  const keys = findingKeys(result.findings, result.workbook);
  return rendered.map((finding, i) => {
    const key = keys[i];
    return key === undefined ? finding : { ...finding, key };
  });
}

/** Which ledger a worksheet was read as, so groups follow the template's ledger order. */
export function ledgerOfSheet(workbook: LedgerWorkbook, sheet: string): LedgerId | null {
  for (const id of LEDGER_IDS) {
    if (workbook[id]?.sheet === sheet) return id;
  }
  return null;
}

const inBranch = (finding: Finding, branch: string | null): boolean =>
  branch === null || finding.branch === branch;

function passes(finding: Finding, filters: FindingFilters): boolean {
  if (filters.severity !== null && finding.severity !== filters.severity) return false;
  return inBranch(finding, filters.branch);
}

function isShape(finding: Finding): boolean {
  return finding.kind === "structure" && (SHAPE_RULES.has(finding.ruleId) || finding.row === null);
}

const open = (findings: readonly PaneFinding[]): number =>
  findings.filter((f) => !f.acknowledged).length;

/** The most serious severity among findings (reminder for none). */
function worstOf(findings: readonly PaneFinding[]): Severity {
  let worst: Severity = "reminder";
  for (const f of findings)
    if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst]) worst = f.severity;
  return worst;
}

/** Explained findings after the others; the rest keep the order `by` gives. */
function explainedLast(by: (a: PaneFinding, b: PaneFinding) => number) {
  return (a: PaneFinding, b: PaneFinding): number =>
    Number(Boolean(a.acknowledged)) - Number(Boolean(b.acknowledged)) || by(a, b);
}

function groupRows(findings: readonly PaneFinding[], workbook: LedgerWorkbook): SheetGroup[] {
  const bySheet = new Map<string, Map<string, PaneFinding[]>>();
  for (const finding of findings) {
    const sheet = finding.sheet ?? "";
    let rules = bySheet.get(sheet);
    if (!rules) {
      rules = new Map();
      bySheet.set(sheet, rules);
    }
    const id = `${finding.ruleId}\u0000${finding.severity}`;
    const list = rules.get(id) ?? [];
    list.push(finding);
    rules.set(id, list);
  }
  const groups = [...bySheet].map(([sheet, rules]): SheetGroup => {
    const ruleGroups = [...rules.values()]
      .map((list): RuleGroup => {
        const first = list[0] as PaneFinding;
        return {
          ruleId: first.ruleId,
          severity: first.severity,
          findings: [...list].sort(explainedLast((a, b) => (a.row ?? 0) - (b.row ?? 0))),
          open: open(list),
        };
      })
      .sort(
        (a, b) =>
          SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
          ruleOrder(a.ruleId) - ruleOrder(b.ruleId)
      );
    const all = ruleGroups.flatMap((group) => group.findings);
    return {
      sheet,
      ledger: ledgerOfSheet(workbook, sheet),
      rules: ruleGroups,
      count: open(all),
      worst: worstOf(all.filter((f) => !f.acknowledged)),
    };
  });
  const ledgerOrder = (group: SheetGroup): number =>
    group.ledger === null ? LEDGER_IDS.length : LEDGER_IDS.indexOf(group.ledger);
  return groups.sort(
    (a, b) => SEVERITY_ORDER[a.worst] - SEVERITY_ORDER[b.worst] || ledgerOrder(a) - ledgerOrder(b)
  );
}

/** Missing activities by branch in the workbook's branch order, the department's own first. */
function groupPeriods(
  findings: readonly PaneFinding[],
  branches: readonly string[]
): BranchGroup[] {
  const byBranch = new Map<string | null, PaneFinding[]>();
  for (const finding of findings) {
    const list = byBranch.get(finding.branch) ?? [];
    list.push(finding);
    byBranch.set(finding.branch, list);
  }
  const place = (branch: string | null): number => {
    if (branch === null) return -1;
    const index = branches.indexOf(branch);
    return index === -1 ? branches.length : index;
  };
  return [...byBranch]
    .sort(([a], [b]) => place(a) - place(b) || String(a).localeCompare(String(b), "zh-CN"))
    .map(([branch, list]) => ({
      branch,
      findings: [...list].sort(
        explainedLast(
          (a, b) =>
            SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
            ruleOrder(a.ruleId) - ruleOrder(b.ruleId) ||
            (a.period ?? "").localeCompare(b.period ?? "")
        )
      ),
      count: open(list),
      worst: worstOf(list.filter((f) => !f.acknowledged)),
    }));
}

const dueOf = (finding: Finding): string => {
  const due = finding.data.dueDate;
  return typeof due === "string" ? due : (finding.period ?? "");
};

/**
 * Splits the findings into what the pane shows where, applying the filters. The totals follow the
 * branch filter only, so the tiles always say how many of each a branch has.
 */
export function buildFindingView(
  findings: readonly PaneFinding[],
  workbook: LedgerWorkbook,
  filters: FindingFilters,
  branches: readonly string[] = []
): FindingView {
  const shape = findings.filter(isShape);
  const inScope = findings.filter((f) => inBranch(f, filters.branch));
  const rest = findings.filter((f) => !isShape(f) && passes(f, filters));
  const rowFindings = rest.filter((f) => f.row !== null && f.severity !== "reminder");
  const periods = rest.filter((f) => f.row === null && f.severity !== "reminder");
  const reminders = rest
    .filter((f) => f.severity === "reminder")
    .sort((a, b) => dueOf(a).localeCompare(dueOf(b)));
  return {
    shape,
    rows: groupRows(rowFindings, workbook),
    periods: groupPeriods(periods, branches),
    reminders,
    shown: rowFindings.length + periods.length + reminders.length,
    totals: countBySeverity(inScope),
    acknowledged: inScope.filter((f) => f.acknowledged).length,
  };
}
