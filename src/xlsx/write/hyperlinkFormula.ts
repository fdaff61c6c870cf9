import type { RowLink } from "../../engine/workbook";

/**
 * An internal link as a HYPERLINK formula. ExcelJS 4.4.0 writes a cell hyperlink to another sheet
 * as an external relationship plus a location, which Excel shows as "#'会议台账'!A5##'会议台账'!A5"
 * and cannot follow (exceljs/exceljs#3027); the formula works in Excel, WPS and LibreOffice.
 * The address is inside a string literal, so a sheet name can never turn into formula text.
 */
export function hyperlinkFormula(link: RowLink, label: string | number): string {
  const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  const shown = typeof label === "number" ? String(label) : literal(label);
  return `HYPERLINK(${literal(`#${link.address}`)},${shown})`;
}
