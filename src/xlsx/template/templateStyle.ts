import type ExcelJS from "exceljs";
import { toExcelStyle } from "../write/cellStyle";
import type { CellStyle } from "../../engine/workbook/sheetModel";
import { TEMPLATE_FONT } from "../../engine/template";

export function templateStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const excel = toExcelStyle(style);
  return { ...excel, font: { name: TEMPLATE_FONT.name, size: TEMPLATE_FONT.size, ...excel.font } };
}
