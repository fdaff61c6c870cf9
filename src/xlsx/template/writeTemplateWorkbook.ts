import ExcelJS from "exceljs";
import type { TemplateData, TemplateModel } from "../../engine/template";
import { writeInstructionsSheet } from "./writeInstructionsSheet";
import { writeLedgerSheet } from "./writeLedgerSheet";
import { writePlainSheet } from "./writePlainSheet";
import { writeUnitInfoSheet } from "./writeUnitInfoSheet";

/**
 * The standard template as an ExcelJS workbook, optionally filled: 单位信息's values and each
 * table's data rows in schema column order, or a ledger given whole in another form. Saving is the caller's (workbook.xlsx.writeFile).
 */
export function writeTemplateWorkbook(
  model: TemplateModel,
  data: TemplateData = {}
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建台账检查";
  for (const sheet of model.sheets) {
    switch (sheet.kind) {
      case "instructions":
        writeInstructionsSheet(workbook, model, sheet);
        break;
      case "unitInfo":
        writeUnitInfoSheet(workbook, model, sheet, data.unitInfo);
        break;
      case "ledger": {
        const instead = data.instead?.[sheet.ledger];
        if (instead) writePlainSheet(workbook, model, instead, sheet.print);
        else writeLedgerSheet(workbook, model, sheet, data.rows?.[sheet.ledger]);
        break;
      }
    }
  }
  return workbook;
}
