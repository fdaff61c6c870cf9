import type ExcelJS from "exceljs";
import type { CellValue } from "../engine/cell/types";
import { isSummaryMarker, SUMMARY_MARKER } from "../engine/summary/model";
import { decodeSummaryData, type DecodeResult } from "../engine/summary/summaryData";

/** Plain text of a cell as ExcelJS loads it (strings may come back as rich text). */
function plain(value: ExcelJS.CellValue): CellValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text).join("");
  }
  return "";
}

/** The product's summary sheets in a workbook: those whose marker cell holds our marker. */
export function summarySheetsOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) =>
    isSummaryMarker(plain(sheet.getCell(SUMMARY_MARKER.address).value))
  );
}

/**
 * The figures a summary sheet carries in its hidden column (see engine/summary/summaryData.ts);
 * `absent` when the workbook has no summary of ours. With several, the first one counts.
 */
export function readSummaryData(workbook: ExcelJS.Workbook): {
  sheet: string | null;
  result: DecodeResult;
} {
  const sheet = summarySheetsOf(workbook)[0];
  if (!sheet) return { sheet: null, result: { ok: false, reason: "absent" } };
  const column = SUMMARY_MARKER.column + 1;
  const cells: CellValue[] = [];
  for (let row = SUMMARY_MARKER.row + 1; ; row++) {
    const value = plain(sheet.getRow(row).getCell(column).value);
    if (value === "") break;
    cells.push(value);
  }
  return { sheet: sheet.name, result: decodeSummaryData(cells) };
}
