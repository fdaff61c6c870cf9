import type ExcelJS from "exceljs";
import { toExcelStyle } from "../write/cellStyle";
import { TEMPLATE_FONT } from "../../engine/template";
import type { CellStyle } from "../../engine/workbook";

export function templateStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const excel = toExcelStyle(style);
  return { ...excel, font: { name: TEMPLATE_FONT.name, size: TEMPLATE_FONT.size, ...excel.font } };
}
