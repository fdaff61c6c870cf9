import { loadWorkbookClass, toBytes } from "./loadExcelJs";
import { type SheetModel, modelSheets } from "../../engine/workbook";

/**
 * An .xlsx holding only the given sheet models (with their attachments), built in the browser with ExcelJS and the command
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
  // A summary's attachments (its 问题清单) go with it, right after it.
  for (const model of models.flatMap(modelSheets)) {
    writeSheetModel(workbook.addWorksheet(model.name), model);
  }
  return toBytes(await workbook.xlsx.writeBuffer());
}
