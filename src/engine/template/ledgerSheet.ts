import { columnLetter } from "../cell/address";
import type { Locale } from "../i18n/locale";
import type { LedgerSchema } from "../schema/ledgerSchemas";
import { rulesOfColumn } from "./columnRules";
import { columnLayout } from "./columnLayout";
import { COLUMN_TEXTS, LEDGER_GUIDANCE } from "./columnTexts";
import { EXAMPLE_MARKER, ledgerExamples } from "./examples";
import {
  printSetup,
  rowHeight,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_LAST_FORMATTED_ROW,
  wrappedLineCount,
} from "./layout";
import { sheetTitle } from "./titles";
import type { LedgerTemplateSheet, TableLedgerId, TemplateColumn } from "./types";

/** One ledger table of the template: every schema column, canonical header, in schema order. */
export function buildLedgerSheet(
  schema: LedgerSchema & { id: TableLedgerId },
  year: number | null,
  locale: Locale
): LedgerTemplateSheet {
  const columns: TemplateColumn[] = schema.columns.map((column) => ({
    field: column.field,
    header: column.header,
    required: column.required,
    kind: column.kind,
    ...columnLayout(schema.id, column, locale),
    description: COLUMN_TEXTS[schema.id][column.field]?.[locale] ?? "",
    rules: rulesOfColumn(schema.id, column.field),
  }));
  const headerLines = Math.max(...columns.map((c) => wrappedLineCount(c.label, c.width)));
  const last = columnLetter(columns.length - 1);
  return {
    kind: "ledger",
    ledger: schema.id,
    name: schema.sheet,
    title: sheetTitle(schema.sheet, year, locale),
    columns,
    headerHeight: rowHeight(headerLines),
    lastFormattedRow: TEMPLATE_LAST_FORMATTED_ROW,
    examples: ledgerExamples(schema.id, year),
    exampleMarker: EXAMPLE_MARKER,
    guidance: LEDGER_GUIDANCE[schema.id][locale],
    print: printSetup(last, TEMPLATE_HEADER_ROW),
  };
}
