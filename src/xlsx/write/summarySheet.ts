import type ExcelJS from "exceljs";
import { isSummaryMarker, SUMMARY_MARKER, type SheetModel } from "../../engine/summary/model";
import { orderOf, setOrder } from "./exceljsGuards";
import { writeSheetModel } from "./sheetModel";

/** Names the summary takes when the user has a sheet of the model's name: "汇总表（检查结果）", "汇总表（检查结果2）"… */
const alternativeName = (name: string, n: number): string => `${name}（检查结果${n > 1 ? n : ""}）`;

/** The product's own summary sheets: those carrying the marker in SUMMARY_MARKER's cell. */
export function findSummarySheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) =>
    isSummaryMarker(sheet.findCell(SUMMARY_MARKER.row, SUMMARY_MARKER.column + 1)?.value)
  );
}

/** Excel compares sheet names without regard to case. */
function nameTaken(workbook: ExcelJS.Workbook, name: string): boolean {
  const wanted = name.toLocaleLowerCase();
  return workbook.worksheets.some((sheet) => sheet.name.toLocaleLowerCase() === wanted);
}

/** The model's name, or "汇总表（检查结果）", "汇总表（检查结果2）"… when a user sheet holds it. */
function unusedName(workbook: ExcelJS.Workbook, name: string): string {
  if (!nameTaken(workbook, name)) return name;
  for (let n = 1; ; n++) {
    if (!nameTaken(workbook, alternativeName(name, n))) return alternativeName(name, n);
  }
}

/**
 * Workbook views remember the active tab by position. Runs `change` and points each view back at the
 * sheet it showed; a view that showed a removed summary shows `replacement`, else the sheet now in
 * its place.
 */
function keepActiveSheet(workbook: ExcelJS.Workbook, change: () => ExcelJS.Worksheet | null): void {
  const before = workbook.worksheets;
  const shown = (workbook.views ?? []).map((view) => before[view.activeTab]);
  const replacement = change();
  const after = workbook.worksheets;
  (workbook.views ?? []).forEach((view, i) => {
    const sheet = shown[i];
    if (!sheet || typeof view.activeTab !== "number") return;
    const index = after.indexOf(sheet);
    const fallback = replacement ? after.indexOf(replacement) : view.activeTab;
    view.activeTab = Math.max(0, Math.min(index >= 0 ? index : fallback, after.length - 1));
  });
}

function removeOurs(workbook: ExcelJS.Workbook): number | null {
  const ours = findSummarySheets(workbook);
  const first = ours[0];
  const position = first ? orderOf(first) : null;
  for (const sheet of ours) workbook.removeWorksheet(sheet.id);
  return position;
}

/** Removes the product's summary sheets; returns how many there were. */
export function removeSummarySheets(workbook: ExcelJS.Workbook): number {
  const count = findSummarySheets(workbook).length;
  if (count > 0) keepActiveSheet(workbook, () => (removeOurs(workbook), null));
  return count;
}

/**
 * Writes the summary model as a sheet. A summary of ours is replaced in place; a user's own sheet
 * of the same name is never touched, ours then takes another unused name. A new summary goes first
 * in the tab order. Returns the name used.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, model: SheetModel): string {
  let name = model.name;
  keepActiveSheet(workbook, () => {
    const position = removeOurs(workbook);
    name = unusedName(workbook, model.name);
    const others = workbook.worksheets;
    const sheet = workbook.addWorksheet(name);
    if (position !== null) setOrder(sheet, position);
    else if (others.length > 0) setOrder(sheet, Math.min(...others.map(orderOf)) - 1);
    writeSheetModel(sheet, model);
    return sheet;
  });
  return name;
}
