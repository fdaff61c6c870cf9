import { isoDate } from "../calendar/day";
import { cellAddress, columnLetter } from "../cell/address";
import type { CheckSettings } from "../config/settings";
import type { RuleMetaLookup } from "../render/messages";
import type { FindingData } from "../findings/types";
import { formatTemplate } from "../i18n/formatTemplate";
import { LEDGER_LABELS, SEVERITY_LABELS, SUMMARY_TEXT } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { basisOf, ledgerOf, listedFindings, rowLink } from "./findingText";
import { summaryMessage } from "../render/messages";
import { Grid, type Placed, type Span } from "./grid";
import type { LedgerRows } from "./ledgerRows";
import { FINDINGS_LIST_MARKER, SUMMARY_PROPERTY } from "../workbook/markers";
import type { SheetModel, SheetStyleName } from "../workbook/sheetModel";
import { SUMMARY_STYLES } from "./styles";

/**
 * 问题清单: one finding per row under one header row, nothing merged, so the officer (or the level
 * above) can sort and filter it with Excel's AutoFilter and print it with the header on every
 * page. It travels with the 汇总表 as its attachment.
 */

export interface FindingsListInput {
  findings: readonly FindingData[];
  lookup: RuleMetaLookup;
  settings: CheckSettings;
  rows: LedgerRows;
  checkedAt: string;
  locale: Locale;
}

/**
 * 序号 · 严重程度 · 台账 · 行号 · 支部 · 检查项目 · 问题说明 · 依据, in characters. 序号 fits four
 * digits; 问题说明 takes a long message on three lines; 依据 two citations on two.
 */
export const LIST_COLUMN_WIDTHS = [5, 9, 11, 6, 15, 22, 52, 30] as const;
const LAST = LIST_COLUMN_WIDTHS.length - 1;
export const LIST_HEADER_ROW = 3;

const text = (
  key: keyof typeof SUMMARY_TEXT,
  locale: Locale,
  data: Record<string, string | number> = {}
): string => formatTemplate(SUMMARY_TEXT[key][locale], data, locale);

const single = (column: number): Span => [column, column];
const cell = (value: string | number, style: SheetStyleName = "cell"): Placed => ({
  value,
  style,
});

/** The sheet's name in the model; a writer may have to choose another (a user's sheet holds it). */
export const findingsListName = (locale: Locale): string => SUMMARY_TEXT.listSheetName[locale];

export function buildFindingsList(input: FindingsListInput): SheetModel {
  const { settings, locale } = input;
  const grid = new Grid(LIST_COLUMN_WIDTHS, (style) => SUMMARY_STYLES[style].wrap);
  const listed = listedFindings(input.findings);
  const title = settings.unitName
    ? text("listTitle", locale, { unit: settings.unitName, year: settings.year })
    : text("listTitleWithoutUnit", locale, { year: settings.year });
  grid.put(1, single(0), cell(title, "listTitle"));
  grid.setHeight(1, 24);
  grid.put(1, single(FINDINGS_LIST_MARKER.column), cell(FINDINGS_LIST_MARKER.value, "marker"));
  grid.put(
    2,
    single(0),
    cell(
      text("listCaption", locale, {
        asOf: isoDate(settings.asOf),
        checkedAt: input.checkedAt,
        count: listed.length,
      }),
      "caption"
    )
  );
  const headers = (
    ["number", "severity", "sheet", "rowNumber", "branch", "checkItem", "issue", "basis"] as const
  ).map((key) => ({ value: text(key, locale), style: "header" as const }));
  headers.forEach((placed, column) => grid.put(LIST_HEADER_ROW, single(column), placed));

  let row = LIST_HEADER_ROW;
  if (listed.length === 0) grid.put(++row, single(0), cell(text("noFindings", locale), "caption"));
  listed.forEach((finding, i) => {
    row++;
    const meta = input.lookup(finding.ruleId);
    const ledger = ledgerOf(finding, input.lookup, input.rows);
    const rowCell: Placed =
      finding.sheet !== null && finding.row !== null
        ? { value: finding.row, style: "link", link: rowLink(finding.sheet, finding.row) }
        : cell("", "cell");
    const values: Placed[] = [
      cell(i + 1, "number"),
      cell(SEVERITY_LABELS[finding.severity][locale], finding.severity as SheetStyleName),
      cell(finding.sheet ?? ledgerLabel(ledger, locale)),
      rowCell,
      cell(finding.branch ?? ""),
      cell(meta?.title[locale] ?? finding.ruleId),
      cell(summaryMessage(finding, meta, locale)),
      cell(basisOf(meta, locale)),
    ];
    values.forEach((placed, column) => grid.put(row, single(column), placed));
  });

  const lastColumn = columnLetter(LAST);
  const cells = [...grid.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    name: findingsListName(locale),
    marker: FINDINGS_LIST_MARKER,
    customProperty: SUMMARY_PROPERTY,
    styles: SUMMARY_STYLES,
    cells,
    merges: [],
    columnWidths: [...LIST_COLUMN_WIDTHS],
    hiddenColumns: [FINDINGS_LIST_MARKER.column],
    rowHeights: [...grid.heights.entries()]
      .sort(([a], [b]) => a - b)
      .map(([r, height]) => ({ row: r, height })),
    freeze: { rows: LIST_HEADER_ROW, columns: 0 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printArea: `A1:${cellAddress(row, LAST)}`,
      printTitleRows: `${LIST_HEADER_ROW}:${LIST_HEADER_ROW}`,
    },
    autoFilter: `A${LIST_HEADER_ROW}:${lastColumn}${row}`,
    ...(row > LIST_HEADER_ROW ? { fitRows: `${LIST_HEADER_ROW + 1}:${row}` } : {}),
  };
}

/** A finding without a sheet is listed under its ledger's name, or as the workbook's. */
export function ledgerLabel(ledger: ReturnType<typeof ledgerOf>, locale: Locale): string {
  return ledger === "structure"
    ? SUMMARY_TEXT.workbookLevel[locale]
    : LEDGER_LABELS[ledger][locale];
}
