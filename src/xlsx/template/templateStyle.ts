import type ExcelJS from "exceljs";
import type { CellStyle } from "../../engine/summary/model";
import { toExcelStyle } from "../write/cellStyle";

/**
 * The font of the whole template. Named, because a font without a name renders in the host's
 * fallback (a serif in LibreOffice); 等线 is the default of Chinese Office and falls back cleanly.
 */
export const TEMPLATE_FONT = "等线";

export function templateStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const excel = toExcelStyle(style);
  return { ...excel, font: { name: TEMPLATE_FONT, size: 11, ...excel.font } };
}
