import type ExcelJS from "exceljs";
import { toArgb } from "./colour";
import type { CellStyle } from "../../engine/workbook";

/** A model's named style as the ExcelJS style of one cell. */
export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {};
  if (style.font.bold) font.bold = true;
  if (style.font.size !== undefined) font.size = style.font.size;
  if (style.font.colour) font.color = { argb: toArgb(style.font.colour) };
  if (style.font.underline) font.underline = true;

  const result: Partial<ExcelJS.Style> = {
    font,
    alignment: {
      horizontal: style.horizontal,
      vertical: style.vertical === "center" ? "middle" : "top",
      wrapText: style.wrap,
    },
  };
  if (style.fill) {
    result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  }
  if (style.border) {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: toArgb(style.border) } };
    result.border = { top: side, left: side, bottom: side, right: side };
  }
  return result;
}
