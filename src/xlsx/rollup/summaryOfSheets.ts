import {
  parseCellAddress,
  type CellValue,
  type SheetInput,
  parseSummaryData,
  type SummaryDataReading,
} from "../../engine";
import { isSummaryDataMarker, SUMMARY_MARKER } from "../../engine/workbook";

/**
 * The figures a 汇总表 of ours carries in its hidden column (engine/summary/summaryData.ts), from
 * grids as the streaming reader gives them, checked against the roll-up's schema; `absent` when no
 * sheet is a summary of ours. With several, the first one counts. No ExcelJS: the command line's
 * roll-up and the checker page's worker read department files this way.
 */
export function summaryDataOfSheets(sheets: readonly SheetInput[]): {
  sheet: string | null;
  result: SummaryDataReading;
} {
  for (const sheet of sheets) {
    const origin = parseCellAddress(sheet.topLeft ?? "A1") ?? { row: 1, column: 0 };
    const at = (row: number): CellValue =>
      sheet.values[row - origin.row]?.[SUMMARY_MARKER.column - origin.column] ?? "";
    if (!isSummaryDataMarker(at(SUMMARY_MARKER.row))) continue;
    const cells: CellValue[] = [];
    for (let row = SUMMARY_MARKER.row + 1; at(row) !== ""; row++) cells.push(at(row));
    return { sheet: sheet.name, result: parseSummaryData(cells) };
  }
  return { sheet: null, result: { ok: false, reason: "absent" } };
}
