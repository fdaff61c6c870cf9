import type { LedgerSheet, ReadIssue } from "../model/ledgers";
import type { LedgerSchema } from "../schema/ledgerSchemas";
import { acceptedHeaders } from "./columnLookup";
import type { HeaderMatch } from "./findHeaderRow";
import { cellAt, headerLabel } from "./grid";
import type { RecordBuilder } from "./ledgerRecords";
import type { PreparedSheet } from "./prepareSheet";
import { headerTexts, planColumns, readRecords } from "./readRecords";
import { sheetRow } from "./sheetOrigin";

/**
 * The template's one-row form: finds the header row, reports required columns it lacks, and reads
 * its rows with the columns it has. A sheet recognised by name whose header row is not convincing
 * (fewer than two columns and not every required one) is still read from its best-matching row;
 * with no matching row at all, the first row with text stands as the header row, so the missing
 * columns can be reported against it.
 */
export function readLedgerSheet<R>(
  sheet: PreparedSheet,
  schema: LedgerSchema,
  found: HeaderMatch | undefined,
  build: RecordBuilder<R>,
  issues: ReadIssue[]
): LedgerSheet<R> {
  const header: HeaderMatch = found ?? {
    index: sheet.candidates[0]?.index ?? 0,
    columns: new Map(),
    missingRequired: schema.columns.filter((c) => c.required),
    accepted: false,
  };
  const headerRow = sheetRow(sheet.origin, header.index);
  if (header.missingRequired.length > 0) {
    const found = headerTexts(sheet.grid, header.index);
    for (const column of header.missingRequired) {
      issues.push({
        type: "missing-column",
        ledger: schema.id,
        sheet: sheet.name,
        headerRow,
        field: column.field,
        accepted: acceptedHeaders(column),
        found,
      });
    }
  }
  const plans = planColumns(schema, header, sheet.grid, sheet.origin);
  const layout = {
    ledger: schema.id,
    sheet: sheet.name,
    grid: sheet.grid,
    original: sheet.original,
    origin: sheet.origin,
    headerIndex: header.index,
    plans,
  };
  const columns: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const plan of plans) {
    columns[plan.field] = plan.letter;
    headers[plan.field] = headerLabel(cellAt(sheet.grid, header.index, plan.column));
  }
  return {
    id: schema.id,
    sheet: sheet.name,
    form: "rows",
    headerRow,
    columns,
    headers,
    records: readRecords(layout, build, issues),
  };
}
