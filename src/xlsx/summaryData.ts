import type ExcelJS from "exceljs";
import { type CellValue, parseSummaryData, type SummaryDataReading } from "../engine";
import { isSummaryDataMarker, isSummaryMarker, SUMMARY_MARKER } from "../engine/workbook";

/** The product's own summary sheets: those carrying the marker in SUMMARY_MARKER's cell. */
export function findSummarySheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) =>
    isSummaryMarker(sheet.findCell(SUMMARY_MARKER.row, SUMMARY_MARKER.column + 1)?.value)
  );
}

/** Plain text of a cell as ExcelJS loads it (strings may come back as rich text). */
function plain(value: ExcelJS.CellValue): CellValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text).join("");
  }
  return "";
}

/**
 * The figures a summary sheet carries in its hidden column (see engine/summary/summaryData.ts),
 * checked against the roll-up's schema; `absent` when the workbook has no summary of ours. With
 * several, the first one counts.
 */
export function readSummaryData(workbook: ExcelJS.Workbook): {
  sheet: string | null;
  result: SummaryDataReading;
} {
  // The 问题清单 is ours too, but carries no figures.
  const sheet = findSummarySheets(workbook).find((candidate) =>
    isSummaryDataMarker(plain(candidate.getCell(SUMMARY_MARKER.address).value))
  );
  if (!sheet) return { sheet: null, result: { ok: false, reason: "absent" } };
  const column = SUMMARY_MARKER.column + 1;
  const cells: CellValue[] = [];
  for (let row = SUMMARY_MARKER.row + 1; ; row++) {
    const value = plain(sheet.getRow(row).getCell(column).value);
    if (value === "") break;
    cells.push(value);
  }
  return { sheet: sheet.name, result: parseSummaryData(cells) };
}
