import type ExcelJS from "exceljs";
import {
  isSummaryDataMarker,
  isSummaryMarker,
  modelSheets,
  renameSheetLinks,
  SUMMARY_MARKER,
  type SheetModel,
} from "../../engine/summary/model";
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

/** Removes our sheets; returns the place of the 汇总表 among them (else of the first), to take again. */
function removeOurs(workbook: ExcelJS.Workbook): number | null {
  const ours = findSummarySheets(workbook);
  const first =
    ours.find((sheet) =>
      isSummaryDataMarker(sheet.findCell(SUMMARY_MARKER.row, SUMMARY_MARKER.column + 1)?.value)
    ) ?? ours[0];
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
 * Writes the summary model as a sheet, its attachments (the 问题清单) right after it. Summaries of
 * ours are replaced in place; a user's own sheet of the same name is never touched, ours then takes
 * another unused name (and links to it follow). A new summary goes first in the tab order.
 * Returns the name the summary itself was written under.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, model: SheetModel): string {
  let name = model.name;
  keepActiveSheet(workbook, () => {
    const position = removeOurs(workbook);
    const renames = new Map<string, string>();
    const reserved: string[] = [];
    for (const sheet of modelSheets(model)) {
      let chosen = sheet.name;
      for (let n = 0; nameTaken(workbook, chosen) || reserved.includes(chosen); n++) {
        chosen = alternativeName(sheet.name, n + 1);
      }
      reserved.push(chosen);
      renames.set(sheet.name, chosen);
    }
    const others = workbook.worksheets;
    // Our sheets take the old summary's place, or go before every other; the attachments follow
    // it at fractions of a place, before the next sheet of the user's.
    const start =
      position ?? (others.length > 0 ? Math.min(...others.map(orderOf)) - 1 : undefined);
    const written = renameSheetLinks(modelSheets(model), renames).map((sheet, i) => {
      const worksheet = workbook.addWorksheet(sheet.name);
      if (start !== undefined) setOrder(worksheet, start + i / (i + 1) / 2);
      writeSheetModel(worksheet, sheet);
      return worksheet;
    });
    const first = written[0] ?? null;
    name = first?.name ?? model.name;
    return first;
  });
  return name;
}
