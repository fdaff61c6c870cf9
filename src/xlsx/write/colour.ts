import type { HexColour } from "../../engine/workbook";

/** "#FFC7CE" → "FFFFC7CE": ExcelJS wants ARGB with an opaque alpha in front. */
export function toArgb(colour: HexColour): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : "FF000000";
}
