import { isoDate } from "../calendar/day";
import { cellAddress } from "../cell/address";
import { describeSettingChanges } from "../render/settingChanges";
import type { SettingChange } from "../config/settingChange";
import type { CheckSettings } from "../config/settings";
import type { FindingData } from "../findings/types";
import { formatTemplate } from "../i18n/formatTemplate";
import { formatDate, formatPercent, formatPeriod } from "../i18n/formatValue";
import { SEVERITY_LABELS, SUMMARY_TEXT } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { LEDGER_IDS, type LedgerId, type LedgerWorkbook } from "../model/ledgers";
import type { RuleMeta } from "../rules/types";
import type { EngineError, PeriodRecord, RuleStats } from "../run/report";
import { branchTableColumns, type TableColumn } from "./branchColumns";
import {
  duesTally,
  markOf,
  markWithRowFindings,
  recordsOf,
  tallyOf,
  type Mark,
  type Tally,
} from "./branchStatus";
import { compliance } from "./compliance";
import { basisOf, ledgerOf as findingLedger, listedFindings, rowLink } from "./findingText";
import { buildFindingsList, findingsListName, ledgerLabel } from "./findingsList";
import { Grid, type Placed, type Span } from "./grid";
import { LedgerRows } from "./ledgerRows";
import { sheetAddress } from "../workbook/sheetModel";
import { SUMMARY_STYLES } from "./styles";
import {
  type BranchFigures,
  encodeSummaryData,
  snapshotRows,
  SUMMARY_DATA_FORMAT,
  type SummaryData,
  type SummarySheet,
} from "./summaryData";
import type { Severity, RuleOptions } from "../basics";
import { ruleFailedMessage, summaryMessage, type RuleMetaLookup } from "../render/messages";
import { SUMMARY_MARKER, SUMMARY_PROPERTY } from "../workbook/markers";
import { SUMMARY_SHEET_NAME } from "../schema/ledgerSchemas";
import type { SheetStyleName } from "../workbook/sheetModel";

/** Findings by severity; 已说明 warnings are counted apart (acknowledgedOf). */
function countSeverities(findings: readonly FindingData[]): Record<Severity, number> {
  const totals: Record<Severity, number> = { error: 0, warning: 0, reminder: 0, unreadable: 0 };
  for (const f of findings) if (!f.acknowledged) totals[f.severity]++;
  return totals;
}

const acknowledgedOf = (findings: readonly FindingData[]): FindingData[] =>
  findings.filter((f) => f.acknowledged);

export interface SummaryInput {
  /** Every finding of the check; rendered findings will do, the summary renders its own texts. */
  findings: readonly FindingData[];
  periods: readonly PeriodRecord[];
  stats: readonly RuleStats[];
  errors?: readonly EngineError[];
  settings: CheckSettings;
  /** Branches in 支部信息 order: one row each in the branch table. */
  branches: readonly string[];
  lookup: RuleMetaLookup;
  /**
   * The ledgers as read. Optional: it lets structure findings count under their ledger, the
   * compliance rate count rows, and the dues column tie shortfalls to the months a row pays for.
   */
  workbook?: LedgerWorkbook;
  /** When the check ran, as the host wants it shown ("2025-01-15 10:30"). */
  checkedAt: string;
  version: string;
  /** Default: the check's own locale. */
  locale?: Locale;
  /** How the check's settings depart from the rules as written; stated under the 合规率. */
  settingChanges?: readonly SettingChange[];
}

/** The branch table's rule columns, from the registry (each rule's `meta.summary`). */
const TABLE = branchTableColumns();
/**
 * Widths of the shared grid, in characters: the branch table uses every column (支部, one per
 * rule column or period, 不符合, 提示, 合规率); the other tables span merged columns of it.
 */
const COLUMN_WIDTHS = TABLE.widths;
const LAST_COLUMN = COLUMN_WIDTHS.length - 1;
const FULL: Span = [0, LAST_COLUMN];
const TITLE_ROWS = 2;
const PERCENT_FORMAT = "0.0%";

const TOTAL_SPANS: Span[] = [
  [0, 0],
  [1, 2],
  [3, 4],
  [5, 6],
  [7, 8],
  [9, 10],
];
const REMINDER_SPANS: Span[] = [
  [0, 0],
  [1, 3],
  [4, 5],
  [6, 8],
  [9, LAST_COLUMN - 4],
  [LAST_COLUMN - 3, LAST_COLUMN],
];

const LEDGER_ORDER: readonly (LedgerId | "structure")[] = [...LEDGER_IDS, "structure"];
const COUNTED: readonly Severity[] = ["error", "warning", "reminder", "unreadable"];

type Meta = RuleMeta<RuleOptions>;

/** Everything the section writers share. */
interface Ctx {
  input: SummaryInput;
  settings: CheckSettings;
  locale: Locale;
  grid: Grid;
  rows: LedgerRows;
  meta: (f: FindingData) => Meta | undefined;
  text: (key: keyof typeof SUMMARY_TEXT, data?: Record<string, string | number>) => string;
}

const cell = (value: string | number, style: SheetStyleName = "cell"): Placed => ({
  value,
  style,
});
const header = (value: string, rows?: number): Placed => ({
  value,
  style: "header",
  ...(rows ? { rows } : {}),
});

/** The ledger a finding counts under (findingText.ts). */
function ledgerOf(ctx: Ctx, finding: FindingData): LedgerId | "structure" {
  return findingLedger(finding, ctx.input.lookup, ctx.rows);
}

function percentCell(rate: number | null, locale: Locale): Placed {
  return rate === null
    ? cell(SUMMARY_TEXT.noRate[locale], "percent")
    : { value: rate, style: "percent", numberFormat: PERCENT_FORMAT };
}

function markCell(ctx: Ctx, mark: Mark): Placed {
  switch (mark) {
    case "met":
      return cell(ctx.text("met"), "ok");
    case "missing":
      return cell(ctx.text("missing"), "bad");
    case "open":
      return cell(ctx.text("open"), "open");
    case "none":
      return cell(ctx.text("notApplicable"), "open");
  }
}

function tallyCell(ctx: Ctx, tally: Tally): Placed {
  if (tally.mark === "none") return markCell(ctx, "none");
  const style: SheetStyleName =
    tally.mark === "met" ? "ok" : tally.mark === "missing" ? "bad" : "open";
  return cell(`${tally.met}/${tally.total}`, style);
}

function writeTitle(ctx: Ctx): number {
  const { grid, settings } = ctx;
  const title = settings.unitName
    ? ctx.text("title", { unit: settings.unitName, year: settings.year })
    : ctx.text("titleWithoutUnit", { year: settings.year });
  grid.put(1, FULL, cell(title, "title"));
  grid.setHeight(1, 28);
  grid.put(1, [SUMMARY_MARKER.column, SUMMARY_MARKER.column], cell(SUMMARY_MARKER.value, "marker"));
  const info = ctx.text("info", {
    asOf: isoDate(settings.asOf),
    checkedAt: ctx.input.checkedAt,
    version: ctx.input.version,
  });
  grid.put(2, FULL, cell(info, "subtitle"));
  return 4;
}

function writeTotals(ctx: Ctx, start: number): number {
  const { grid, input, locale } = ctx;
  grid.put(start, FULL, cell(ctx.text("sectionTotals"), "section"));
  let row = start + 1;
  grid.putRow(row, TOTAL_SPANS, [
    header(ctx.text("ledger")),
    ...COUNTED.map((s) => header(SEVERITY_LABELS[s][locale])),
    header(ctx.text("total")),
  ]);

  const counts = new Map<LedgerId | "structure", Record<Severity, number>>();
  const zero = (): Record<Severity, number> => ({
    error: 0,
    warning: 0,
    reminder: 0,
    unreadable: 0,
  });
  for (const s of input.stats) {
    const ledger = ctx.input.lookup(s.ruleId)?.ledger;
    if (ledger && !s.skipped && !counts.has(ledger)) counts.set(ledger, zero());
  }
  for (const f of input.findings) {
    if (f.acknowledged) continue;
    const ledger = ledgerOf(ctx, f);
    const c = counts.get(ledger) ?? zero();
    c[f.severity]++;
    counts.set(ledger, c);
  }
  const sum = zero();
  for (const ledger of LEDGER_ORDER) {
    const c = counts.get(ledger);
    if (!c) continue;
    row++;
    for (const s of COUNTED) sum[s] += c[s];
    grid.putRow(row, TOTAL_SPANS, [
      cell(ledgerLabel(ledger, locale)),
      ...COUNTED.map((s) => cell(c[s], "number")),
      cell(
        COUNTED.reduce((n, s) => n + c[s], 0),
        "number"
      ),
    ]);
  }
  row++;
  grid.putRow(row, TOTAL_SPANS, [
    header(ctx.text("total")),
    ...COUNTED.map((s) => cell(sum[s], "number")),
    cell(
      COUNTED.reduce((n, s) => n + sum[s], 0),
      "number"
    ),
  ]);
  row++;
  const overall = compliance(null, input.periods, input.findings, ctx.rows);
  grid.putRow(row, TOTAL_SPANS.slice(0, 2), [
    header(ctx.text("overallCompliance")),
    percentCell(overall.rate, locale),
  ]);
  // Beside the rate it qualifies: rules switched off or changed, and explained warnings.
  for (const line of describeSettingChanges(input.settingChanges ?? [], locale)) {
    row++;
    grid.put(row, FULL, cell(line, "bad"));
  }
  const explained = acknowledgedOf(input.findings).length;
  if (explained > 0) {
    row++;
    grid.put(row, FULL, cell(ctx.text("acknowledgedCount", { count: explained }), "note"));
  }
  row++;
  grid.put(row, FULL, cell(ctx.text("complianceNote"), "note"));
  row++;
  grid.put(row, FULL, cell(ctx.text("severityNote"), "note"));

  const errors = input.errors ?? [];
  if (errors.length > 0) {
    row++;
    grid.put(row, FULL, cell(ctx.text("ruleFailedIntro"), "bad"));
    for (const e of errors) {
      row++;
      grid.put(row, FULL, cell(ruleFailedMessage(e, input.lookup, locale), "note"));
    }
  }
  return row + 2;
}

/** Errors and warnings per branch, counted in one pass over the findings. */
function countsByBranch(
  findings: readonly FindingData[]
): Map<string, Record<"error" | "warning", number>> {
  const counts = new Map<string, Record<"error" | "warning", number>>();
  for (const f of findings) {
    if (f.branch === null || f.acknowledged || (f.severity !== "error" && f.severity !== "warning"))
      continue;
    let count = counts.get(f.branch);
    if (!count) {
      count = { error: 0, warning: 0 };
      counts.set(f.branch, count);
    }
    count[f.severity]++;
  }
  return counts;
}

/** A branch's error and warning counts and compliance rate, as the table and the data give them. */
function branchFigures(
  ctx: Ctx,
  branch: string,
  counts: Map<string, Record<"error" | "warning", number>>
): BranchFigures {
  const { periods, findings } = ctx.input;
  const count = counts.get(branch);
  return {
    branch,
    error: count?.error ?? 0,
    warning: count?.warning ?? 0,
    complianceRate: compliance(branch, periods, findings, ctx.rows).rate,
  };
}

/** The cells of one rule column for a branch (one per period for a `periods` column). */
function ruleCells(ctx: Ctx, column: TableColumn, branch: string): Placed[] {
  const { periods, findings, stats } = ctx.input;
  const skipped = stats.find((s) => s.ruleId === column.ruleId)?.skipped;
  if (skipped === "missing-sheet") {
    return Array.from({ length: column.span }, () => cell(ctx.text("notProvided"), "open"));
  }
  const records = recordsOf(periods, column.ruleId, branch);
  const { show } = column;
  switch (show.kind) {
    case "periods":
      return column
        .periodKeys(ctx.settings.year)
        .map((key) => markCell(ctx, markOf(records.filter((p) => p.period === key))));
    case "tally":
      return [tallyCell(ctx, tallyOf(records))];
    case "mark":
      return [markCell(ctx, markWithRowFindings(records, findings, column.ruleId, branch))];
    case "member-months": {
      const dues = duesTally(periods, findings, branch, ctx.rows, {
        months: column.ruleId,
        shortfall: show.shortfallRule,
      });
      return [
        dues.due === 0
          ? markCell(ctx, "none")
          : cell(
              `${dues.paidInFull}/${dues.due} (${formatPercent(dues.paidInFull / dues.due)})`,
              dues.paidInFull === dues.due ? "ok" : "bad"
            ),
      ];
    }
  }
}

function branchRow(ctx: Ctx, branch: string, figures: BranchFigures): Placed[] {
  return [
    cell(branch),
    ...TABLE.columns.flatMap((column) => ruleCells(ctx, column, branch)),
    cell(figures.error, "number"),
    cell(figures.warning, "number"),
    percentCell(figures.complianceRate, ctx.locale),
  ];
}

/** Writes the branch table; returns the next free row and the table's figures and rows. */
function writeBranches(
  ctx: Ctx,
  start: number
): { next: number; figures: BranchFigures[]; firstRow: number; lastRow: number } {
  const { grid, locale } = ctx;
  grid.put(start, FULL, cell(ctx.text("sectionBranches"), "section"));
  const top = start + 1;
  const single = (column: number): Span => [column, column];
  grid.put(top, single(0), header(ctx.text("branch"), 2));
  for (const column of TABLE.columns) {
    const title = column.header[locale];
    if (column.show.kind !== "periods") {
      grid.put(top, single(column.first), header(title, 2));
      continue;
    }
    grid.put(top, [column.first, column.first + column.span - 1], header(title));
    column
      .periodLabels(locale)
      .forEach((label, i) => grid.put(top + 1, single(column.first + i), header(label)));
  }
  grid.put(top, single(LAST_COLUMN - 2), header(SEVERITY_LABELS.error[locale], 2));
  grid.put(top, single(LAST_COLUMN - 1), header(SEVERITY_LABELS.warning[locale], 2));
  grid.put(top, single(LAST_COLUMN), header(ctx.text("compliance"), 2));

  let row = top + 1;
  const spans = COLUMN_WIDTHS.map((_, c) => single(c));
  const figures: BranchFigures[] = [];
  const counts = countsByBranch(ctx.input.findings);
  for (const branch of ctx.input.branches) {
    row++;
    const f = branchFigures(ctx, branch, counts);
    figures.push(f);
    grid.putRow(row, spans, branchRow(ctx, branch, f));
  }
  const lastRow = row;
  // The marks are explained where they are read: the sheet is forwarded to readers who never saw
  // the product.
  grid.put(++row, FULL, cell(ctx.text("branchLegend"), "note"));
  return { next: row + 2, figures, firstRow: top, lastRow };
}

/**
 * The findings themselves are on the 问题清单 sheet (findingsList.ts), where nothing is merged and
 * they can be filtered; here a line says how many there are and links to it.
 */
function writeFindings(ctx: Ctx, start: number): number {
  const { grid } = ctx;
  grid.put(start, FULL, cell(ctx.text("sectionFindings"), "section"));
  const listed = listedFindings(ctx.input.findings);
  const row = start + 1;
  if (listed.length === 0) {
    grid.put(row, FULL, cell(ctx.text("noFindings")));
    return row + 2;
  }
  const count = (severity: Severity): number =>
    listed.filter((f) => f.severity === severity).length;
  const sheet = findingsListName(ctx.locale);
  grid.put(row, FULL, {
    value: ctx.text("findingsListed", {
      count: listed.length,
      error: count("error"),
      warning: count("warning"),
      unreadable: count("unreadable"),
      sheet,
    }),
    style: "linkText",
    link: { sheet, row: 1, address: sheetAddress(sheet, "A1") },
  });
  return row + 2;
}

function dueOf(finding: FindingData): string {
  const due = finding.data.dueDate;
  return typeof due === "string" ? due : "";
}

function writeReminders(ctx: Ctx, start: number): number {
  const { grid, locale } = ctx;
  grid.put(start, FULL, cell(ctx.text("sectionReminders"), "section"));
  let row = start + 1;
  grid.put(row, FULL, cell(ctx.text("remindersNote", { days: ctx.settings.reminderDays }), "note"));
  row++;
  grid.putRow(
    row,
    REMINDER_SPANS,
    (["number", "dueDate", "branch", "rule", "matter", "basis"] as const).map((k) =>
      header(ctx.text(k))
    )
  );
  const reminders = ctx.input.findings
    .filter((f) => f.severity === "reminder")
    .map((f, i) => ({ f, i }))
    .sort((a, b) => dueOf(a.f).localeCompare(dueOf(b.f)) || a.i - b.i)
    .map(({ f }) => f);
  if (reminders.length === 0) grid.put(++row, FULL, cell(ctx.text("noReminders")));
  reminders.forEach((f, i) => {
    row++;
    const meta = ctx.meta(f);
    const due = dueOf(f);
    const dueText = due ? formatDate(due, locale) : f.period ? formatPeriod(f.period, locale) : "";
    grid.putRow(row, REMINDER_SPANS, [
      cell(i + 1, "number"),
      cell(dueText, "reminder"),
      cell(f.branch ?? ""),
      cell(meta?.title[locale] ?? f.ruleId),
      cell(summaryMessage(f, meta, locale)),
      cell(basisOf(meta, locale)),
    ]);
  });
  return row + 2;
}

/** 序号 · 说明日期 · 台账 · 行 · 支部 · 规则 · 问题说明 · 说明理由, over the 汇总表's columns. */
const ACKNOWLEDGED_SPANS: Span[] = [
  [0, 0],
  [1, 1],
  [2, 3],
  [4, 4],
  [5, 6],
  [7, 8],
  [9, LAST_COLUMN - 4],
  [LAST_COLUMN - 3, LAST_COLUMN],
];

/**
 * 五、已说明事项: the warnings the department explained, each with its reason, for the level above to
 * weigh (they are out of the 提示 counts, still in the 合规率). Written only when there are some.
 */
function writeAcknowledged(ctx: Ctx, start: number): number {
  const explained = acknowledgedOf(ctx.input.findings);
  if (explained.length === 0) return start;
  const { grid, locale } = ctx;
  grid.put(start, FULL, cell(ctx.text("sectionAcknowledged"), "section"));
  let row = start + 1;
  grid.put(row, FULL, cell(ctx.text("acknowledgedNote"), "note"));
  row++;
  grid.putRow(
    row,
    ACKNOWLEDGED_SPANS,
    (["number", "explainedOn", "sheet", "row", "branch", "rule", "issue", "reason"] as const).map(
      (k) => header(ctx.text(k))
    )
  );
  explained.forEach((f, i) => {
    row++;
    const meta = ctx.meta(f);
    const rowCell: Placed =
      f.sheet !== null && f.row !== null
        ? { value: f.row, style: "link", link: rowLink(f.sheet, f.row) }
        : cell("", "cell");
    grid.putRow(row, ACKNOWLEDGED_SPANS, [
      cell(i + 1, "number"),
      cell(f.acknowledged ? formatDate(f.acknowledged.date, locale) : ""),
      cell(f.sheet ?? ledgerLabel(ledgerOf(ctx, f), locale)),
      rowCell,
      cell(f.branch ?? ""),
      cell(meta?.title[locale] ?? f.ruleId),
      cell(summaryMessage(f, meta, locale)),
      cell(f.acknowledged?.reason ?? ""),
    ]);
  });
  return row + 2;
}

/** 填报单位（盖章） · unit · 填报日期 · date; then 填报人 · name · 联系电话 · number · 审核人 · name. */
const SIGN_UNIT_SPANS: Span[] = [
  [0, 0],
  [1, 7],
  [8, 10],
  [11, LAST_COLUMN],
];
const SIGN_PEOPLE_SPANS: Span[] = [
  [0, 0],
  [1, 4],
  [5, 7],
  [8, 11],
  [12, 13],
  [14, LAST_COLUMN],
];
/** Room for a round seal (about 4 cm) over the unit's name. */
const SEAL_ROW_HEIGHT = 54;
const SIGN_ROW_HEIGHT = 30;

/**
 * The sign-off block an officer signs and seals before the sheet goes upward: the unit, the date,
 * who filled it in, a telephone number and who checked it, from 单位信息 where it says; left blank
 * (the date as 年 月 日) to write in by hand. It stands under the title, as on the forms offices
 * report on, so it is on the first printed page however long the sheet runs.
 */
function writeSignOff(ctx: Ctx, start: number): number {
  const { grid, locale } = ctx;
  const info = ctx.input.workbook?.unitInfo?.info;
  const label = (key: keyof typeof SUMMARY_TEXT): Placed => cell(ctx.text(key), "signLabel");
  const value = (text: string | undefined): Placed => cell(text ?? "", "signValue");
  const date = info?.reportDate
    ? formatDate(isoDate(info.reportDate.day), locale)
    : ctx.text("signDateBlank");
  grid.putRow(start, SIGN_UNIT_SPANS, [
    label("signUnit"),
    value(info?.unitName ?? ctx.settings.unitName ?? undefined),
    label("signDate"),
    value(date),
  ]);
  grid.atLeast(start, SEAL_ROW_HEIGHT);
  grid.putRow(start + 1, SIGN_PEOPLE_SPANS, [
    label("signReporter"),
    value(info?.reporter),
    label("signPhone"),
    value(info?.reporterPhone),
    label("signReviewer"),
    value(info?.reviewer),
  ]);
  grid.atLeast(start + 1, SIGN_ROW_HEIGHT);
  return start + 3;
}

/** Builds the summary sheet 汇总表 (specification.md, "Summary sheet"); see README.md for the layout. */
/** The sheet's title, totals and branch table, written into a fresh grid. */
function writeHead(input: SummaryInput): {
  ctx: Ctx;
  branchTable: ReturnType<typeof writeBranches>;
} {
  const locale = input.locale ?? input.settings.locale;
  const grid = new Grid(COLUMN_WIDTHS, (style) => SUMMARY_STYLES[style].wrap);
  const ctx: Ctx = {
    input,
    settings: input.settings,
    locale,
    grid,
    rows: new LedgerRows(input.workbook),
    meta: (f) => input.lookup(f.ruleId),
    text: (key, data = {}) => formatTemplate(SUMMARY_TEXT[key][locale], data, locale),
  };
  const totalsEnd = writeTotals(ctx, writeSignOff(ctx, writeTitle(ctx) - 1));
  return { ctx, branchTable: writeBranches(ctx, totalsEnd) };
}

/** The figures the level above consolidates, with the branch table as it is drawn. */
function dataOf({ ctx, branchTable }: ReturnType<typeof writeHead>): SummaryData {
  const { input, grid } = ctx;
  return {
    format: SUMMARY_DATA_FORMAT,
    version: input.version,
    unitName: input.settings.unitName,
    year: input.settings.year,
    asOf: isoDate(input.settings.asOf),
    checkedAt: input.checkedAt,
    locale: ctx.locale,
    totals: countSeverities(input.findings),
    acknowledged: acknowledgedOf(input.findings).length,
    settingChanges: (input.settingChanges ?? []).map((change) => ({ ...change })),
    complianceRate: compliance(null, input.periods, input.findings, ctx.rows).rate,
    branches: branchTable.figures,
    branchTable: snapshotRows(
      grid.cells,
      grid.merges,
      branchTable.firstRow,
      branchTable.lastRow,
      COLUMN_WIDTHS
    ),
  };
}

/**
 * The summary's figures alone, without laying out the list of findings: what a report that writes
 * no workbook needs (the list is most of the work for a large ledger).
 */
export function buildSummaryData(input: SummaryInput): SummaryData {
  return dataOf(writeHead(input));
}

export function buildSummary(input: SummaryInput): SummarySheet {
  const head = writeHead(input);
  const { ctx, branchTable } = head;
  const { grid } = ctx;
  let row = writeFindings(ctx, branchTable.next);
  row = writeReminders(ctx, row);
  row = writeAcknowledged(ctx, row);
  grid.put(row, FULL, cell(ctx.text("footer"), "note"));

  const data = dataOf(head);
  // The data rides in the hidden marker column, below the marker, one chunk per cell.
  encodeSummaryData(data).forEach((chunk, i) =>
    grid.put(
      SUMMARY_MARKER.row + 1 + i,
      [SUMMARY_MARKER.column, SUMMARY_MARKER.column],
      cell(chunk, "marker")
    )
  );

  const cells = [...grid.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const list = buildFindingsList({
    findings: input.findings,
    lookup: input.lookup,
    settings: input.settings,
    rows: ctx.rows,
    checkedAt: input.checkedAt,
    locale: ctx.locale,
  });
  return {
    data,
    name: SUMMARY_SHEET_NAME,
    marker: SUMMARY_MARKER,
    customProperty: SUMMARY_PROPERTY,
    styles: SUMMARY_STYLES,
    cells,
    merges: grid.merges,
    columnWidths: [...COLUMN_WIDTHS],
    hiddenColumns: [SUMMARY_MARKER.column],
    rowHeights: [...grid.heights.entries()]
      .sort(([a], [b]) => a - b)
      .map(([r, height]) => ({ row: r, height })),
    freeze: { rows: TITLE_ROWS, columns: 0 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printArea: `A1:${cellAddress(row, LAST_COLUMN)}`,
      printTitleRows: `1:${TITLE_ROWS}`,
    },
    attachments: [list],
  };
}
