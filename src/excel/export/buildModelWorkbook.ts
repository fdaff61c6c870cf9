import { loadWorkbookClass, toBytes } from "./loadExcelJs";
import type { SheetModel } from "../../engine/workbook";

/**
 * An .xlsx holding only the given sheet models, built in the browser with ExcelJS and the command
 * line's own model writer (src/xlsx/write/sheetModel.ts imports ExcelJS for types only, so it runs
 * in the browser), so an exported summary is the very sheet `party-ledger check` writes.
 */
export async function buildModelWorkbook(models: readonly SheetModel[]): Promise<Uint8Array> {
  const [Workbook, { writeSheetModel }] = await Promise.all([
    loadWorkbookClass(),
    import("../../xlsx/write/sheetModel"),
  ]);
  const workbook = new Workbook();
  workbook.creator = "党建台账检查";
  for (const model of models) writeSheetModel(workbook.addWorksheet(model.name), model);
  return toBytes(await workbook.xlsx.writeBuffer());
}
