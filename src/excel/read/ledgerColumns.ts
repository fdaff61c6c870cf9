import {
  type SheetInput,
  findHeaderRow,
  type Grid,
  recognizeSheets,
  LEDGER_SCHEMAS,
} from "../../engine";

/**
 * How many columns of each sheet hold its ledger, judged from the sheet's first rows (the probe):
 * the sheets the engine recognises as ledgers, and for each the columns up to the last one with
 * anything in the header row or the two rows below it (titles above and sub-headers below are
 * inside the table). 单位信息 holds keys and values anywhere in its first rows, so all of those
 * count. A sheet that is no ledger needs nothing beyond its first rows.
 *
 * The add-in then reads only these columns, down to the last row with a value in them: one stray
 * value far out (column XFD, row 1,000,000) no longer makes it read the whole used range.
 */

/** Rows below the header row that still belong to the header (two-level headers). */
const SUB_HEADER_ROWS = 2;

/** 1 + the last column with a value in rows [first, last] of the grid; 0 when there is none. */
function widthOf(grid: Grid, first: number, last: number): number {
  let width = 0;
  for (let r = Math.max(0, first); r <= Math.min(last, grid.length - 1); r++) {
    const row = grid[r];
    if (!row) continue;
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== "" && row[c] !== undefined) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/** Sheet name → the ledger's width in columns from the sheet's first used column. */
export function ledgerColumns(probes: readonly SheetInput[]): Map<string, number> {
  const widths = new Map<string, number>();
  for (const [ledger, sheet] of recognizeSheets(probes)) {
    const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
    const header = schema && ledger !== "unitInfo" ? findHeaderRow(sheet.candidates, schema) : null;
    const width = header
      ? Math.max(
          widthOf(sheet.grid, 0, header.index + SUB_HEADER_ROWS),
          ...[...header.columns.values()].map((c) => c + 1)
        )
      : widthOf(sheet.grid, 0, sheet.grid.length - 1);
    widths.set(sheet.name, Math.max(1, width));
  }
  return widths;
}
