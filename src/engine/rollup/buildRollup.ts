import { cellAddress } from "../cell/address";
import { describeSettingChanges } from "../render/settingChanges";
import { formatTemplate } from "../i18n/formatTemplate";
import type { Locale } from "../i18n/locale";
import { Grid, type Placed, type Span } from "../summary/grid";
import { SUMMARY_STYLES } from "../summary/styles";
import { ROLLUP_TEXT } from "./rollupText";
import { rollupWarnings } from "./rollupWarnings";
import type { RollupEntry, SkippedFile } from "./rollupEntries";
import type { SummaryData } from "../summary/summaryData";
import { uniqueSheetName } from "./sheetName";
import type { SheetMarker } from "../workbook/markers";
import type { SheetModel, SheetStyleName } from "../workbook/sheetModel";

export type { RollupEntry, SkippedFile } from "./rollupEntries";

export interface RollupInput {
  entries: readonly RollupEntry[];
  skipped: readonly SkippedFile[];
  createdAt: string;
  version: string;
  locale: Locale;
}

/** Marks the roll-up's sheets as the product's own; unlike the summary's, never taken for a 汇总表. */
export const ROLLUP_MARKER: SheetMarker = {
  row: 1,
  column: 25,
  address: "Z1",
  value: "party-ledger-check:rollup:v1",
};

const OVERVIEW_WIDTHS = [6, 26, 7, 12, 7, 8, 8, 8, 9, 9, 8, 18, 30];
const OVERVIEW_LAST = OVERVIEW_WIDTHS.length - 1;
const PERCENT_FORMAT = "0.0%";

const cell = (value: string | number, style: SheetStyleName = "cell"): Placed => ({
  value,
  style,
});
const percent = (rate: number | null): Placed =>
  rate === null
    ? cell("—", "percent")
    : { value: rate, style: "percent", numberFormat: PERCENT_FORMAT };

/**
 * Best first: higher compliance, then fewer errors, then fewer warnings; a department without a
 * rate comes last. Ties keep the order the files were given.
 */
export function rankEntries(entries: readonly RollupEntry[]): RollupEntry[] {
  const rate = (e: RollupEntry): number => e.data.complianceRate ?? -1;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        rate(b.entry) - rate(a.entry) ||
        a.entry.data.totals.error - b.entry.data.totals.error ||
        a.entry.data.totals.warning - b.entry.data.totals.warning ||
        a.index - b.index
    )
    .map(({ entry }) => entry);
}

function sheetModel(
  name: string,
  grid: Grid,
  widths: readonly number[],
  lastRow: number,
  freezeRows: number
): SheetModel {
  grid.put(
    ROLLUP_MARKER.row,
    [ROLLUP_MARKER.column, ROLLUP_MARKER.column],
    cell(ROLLUP_MARKER.value, "marker")
  );
  return {
    name,
    marker: ROLLUP_MARKER,
    customProperty: { name: "PartyLedgerCheck", value: "rollup:v1" },
    styles: SUMMARY_STYLES,
    cells: [...grid.cells].sort((a, b) => a.row - b.row || a.column - b.column),
    merges: grid.merges,
    columnWidths: [...widths],
    hiddenColumns: [ROLLUP_MARKER.column],
    rowHeights: [...grid.heights.entries()]
      .sort(([a], [b]) => a - b)
      .map(([row, height]) => ({ row, height })),
    freeze: { rows: freezeRows, columns: 0 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printArea: `A1:${cellAddress(lastRow, widths.length - 1)}`,
      printTitleRows: `1:${freezeRows}`,
    },
  };
}

function unitName(entry: RollupEntry, locale: Locale): string {
  return entry.data.unitName ?? ROLLUP_TEXT.unnamedUnit[locale];
}

/**
 * Whether a department checked by the rules as written, in a few words: 按规定检查, 未注明 (a summary
 * from before settings were stated), or how many rules were switched off and how many changed.
 * `changed` says which: the roll-up shows those in the 不符合 colours.
 */
export function settingsSummary(
  data: SummaryData,
  locale: Locale
): { text: string; changed: boolean } {
  const say = (key: keyof typeof ROLLUP_TEXT, values: Record<string, number> = {}): string =>
    formatTemplate(ROLLUP_TEXT[key][locale], values, locale);
  const changes = data.settingChanges;
  if (changes === undefined) return { text: say("settingsUnstated"), changed: false };
  if (changes.length === 0) return { text: say("settingsAsWritten"), changed: false };
  const off = changes.filter((c) => c.kind === "rule-off").length;
  const other = changes.length - off;
  const parts = [
    ...(off > 0 ? [say("settingsOff", { count: off })] : []),
    ...(other > 0 ? [say("settingsChanged", { count: other })] : []),
  ];
  return { text: parts.join(say("separator")), changed: true };
}

/** The 检查设置 cell: a rule switched off or changed shows in the 不符合 colours. */
function settingsCell(data: SummaryData, locale: Locale): Placed {
  const summary = settingsSummary(data, locale);
  return cell(summary.text, summary.changed ? "bad" : "cell");
}

function overview(input: RollupInput, ranked: readonly RollupEntry[], name: string): SheetModel {
  const { locale } = input;
  const text = (
    key: keyof typeof ROLLUP_TEXT,
    data: Record<string, string | number> = {}
  ): string => formatTemplate(ROLLUP_TEXT[key][locale], data, locale);
  const grid = new Grid(OVERVIEW_WIDTHS, (style) => SUMMARY_STYLES[style].wrap);
  const full: Span = [0, OVERVIEW_LAST];
  const years = new Set(ranked.map((e) => e.data.year));
  const onlyYear = years.size === 1 ? [...years][0] : undefined;
  grid.put(
    1,
    full,
    cell(
      onlyYear !== undefined
        ? text("title", { year: onlyYear, count: ranked.length })
        : text("titleMixedYears", { count: ranked.length }),
      "title"
    )
  );
  grid.setHeight(1, 28);
  grid.put(
    2,
    full,
    cell(text("info", { createdAt: input.createdAt, version: input.version }), "subtitle")
  );

  const headerRow = 4;
  const headers = [
    "rank",
    "unit",
    "year",
    "asOf",
    "branches",
    "error",
    "warning",
    "reminder",
    "unreadable",
    "compliance",
    "acknowledged",
    "settings",
    "file",
  ] as const;
  headers.forEach((key, column) =>
    grid.put(headerRow, [column, column], cell(text(key), "header"))
  );

  let row = headerRow;
  const sum = { error: 0, warning: 0, reminder: 0, unreadable: 0, branches: 0, acknowledged: 0 };
  ranked.forEach((entry, index) => {
    row++;
    const { data } = entry;
    sum.error += data.totals.error;
    sum.warning += data.totals.warning;
    sum.reminder += data.totals.reminder;
    sum.unreadable += data.totals.unreadable;
    sum.branches += data.branches.length;
    sum.acknowledged += data.acknowledged ?? 0;
    const values: Placed[] = [
      cell(index + 1, "number"),
      cell(unitName(entry, locale)),
      cell(data.year, "number"),
      cell(data.asOf),
      cell(data.branches.length, "number"),
      cell(data.totals.error, data.totals.error > 0 ? "bad" : "number"),
      cell(data.totals.warning, "number"),
      cell(data.totals.reminder, "number"),
      cell(data.totals.unreadable, "number"),
      percent(data.complianceRate),
      cell(data.acknowledged ?? 0, "number"),
      settingsCell(data, locale),
      cell(entry.file),
    ];
    values.forEach((placed, column) => grid.put(row, [column, column], placed));
  });
  row++;
  grid.put(row, [0, 3], cell(text("total"), "header"));
  (["branches", "error", "warning", "reminder", "unreadable"] as const).forEach((key, i) =>
    grid.put(row, [4 + i, 4 + i], cell(sum[key], "number"))
  );
  const explainedColumn = headers.indexOf("acknowledged");
  grid.put(row, [explainedColumn, explainedColumn], cell(sum.acknowledged, "number"));
  row++;
  grid.put(row, full, cell(text("rankingNote"), "note"));

  // Each department's departures from the rules as written, in full, on the sheet read first.
  const changed = ranked.filter((entry) => (entry.data.settingChanges ?? []).length > 0);
  if (changed.length > 0) {
    row++;
    grid.put(row, full, cell(text("rankingSettingsNote"), "bad"));
    row += 2;
    grid.put(row, full, cell(text("settingsTitle", { count: changed.length }), "section"));
    row++;
    grid.put(row, [0, 3], cell(text("unit"), "header"));
    grid.put(row, [4, OVERVIEW_LAST], cell(text("settingsDetail"), "header"));
    for (const entry of changed) {
      row++;
      const lines = describeSettingChanges(entry.data.settingChanges ?? [], locale);
      grid.put(row, [0, 3], cell(unitName(entry, locale)));
      grid.put(row, [4, OVERVIEW_LAST], cell(lines.join("\n")));
    }
  }

  const warnings = rollupWarnings(input.entries, locale);
  if (warnings.length > 0) {
    row += 2;
    grid.put(row, full, cell(text("warningsTitle"), "section"));
    for (const warning of warnings) {
      row++;
      grid.put(row, full, cell(warning, "bad"));
    }
  }

  if (input.skipped.length > 0) {
    row += 2;
    grid.put(row, full, cell(text("skippedTitle", { count: input.skipped.length }), "section"));
    row++;
    grid.put(row, [0, 3], cell(text("file"), "header"));
    grid.put(row, [4, OVERVIEW_LAST], cell(text("skippedReason"), "header"));
    for (const skipped of input.skipped) {
      row++;
      grid.put(row, [0, 3], cell(skipped.file));
      grid.put(row, [4, OVERVIEW_LAST], cell(skipped.reason));
    }
  }
  return sheetModel(name, grid, OVERVIEW_WIDTHS, row, headerRow);
}

function department(entry: RollupEntry, name: string, locale: Locale): SheetModel {
  const table = entry.data.branchTable;
  const widths = table.columnWidths.length > 0 ? table.columnWidths : [16];
  const grid = new Grid(widths, (style) => SUMMARY_STYLES[style].wrap);
  const full: Span = [0, widths.length - 1];
  const title = formatTemplate(
    ROLLUP_TEXT.departmentTitle[locale],
    { unit: unitName(entry, locale), year: entry.data.year, asOf: entry.data.asOf },
    locale
  );
  grid.put(1, full, cell(title, "title"));
  grid.setHeight(1, 28);
  grid.put(2, full, cell(entry.file, "subtitle"));
  const top = 4;
  for (const m of table.merges) {
    grid.merges.push({
      firstRow: m.firstRow + top,
      lastRow: m.lastRow + top,
      firstColumn: m.firstColumn,
      lastColumn: m.lastColumn,
      address: `${cellAddress(m.firstRow + top, m.firstColumn)}:${cellAddress(m.lastRow + top, m.lastColumn)}`,
    });
  }
  for (const c of table.cells) {
    grid.cells.push({
      row: c.row + top,
      column: c.column,
      value: c.value,
      style: c.style,
      ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
    });
  }
  let lastRow = top + Math.max(table.height, 1) - 1;
  // Under the table, what its figures rest on: rules switched off or changed, explained warnings.
  const notes: Placed[] = describeSettingChanges(entry.data.settingChanges ?? [], locale).map(
    (line) => cell(line, "bad")
  );
  const explained = entry.data.acknowledged ?? 0;
  if (explained > 0) {
    const line = formatTemplate(ROLLUP_TEXT.acknowledgedLine[locale], { count: explained }, locale);
    notes.push(cell(line, "note"));
  }
  if (notes.length > 0) lastRow++;
  for (const note of notes) grid.put(++lastRow, full, note);
  return sheetModel(name, grid, widths, lastRow, top + Math.min(2, table.height) - 1);
}

/** The level above's workbook: an overview with a row per department, then one sheet per department. */
export function buildRollup(input: RollupInput): SheetModel[] {
  const ranked = rankEntries(input.entries);
  const taken = new Set<string>();
  const claim = (wanted: string): string => {
    const name = uniqueSheetName(wanted, taken);
    taken.add(name.toLowerCase());
    return name;
  };
  const first = overview(input, ranked, claim(ROLLUP_TEXT.overviewSheet[input.locale]));
  return [
    first,
    ...ranked.map((entry) => department(entry, claim(unitName(entry, input.locale)), input.locale)),
  ];
}
