import type { HexColour } from "../workbook/sheetModel";
import type { MarkKind } from "../workbook/markers";

export interface MarkColours {
  fill: HexColour;
  /** Absent: the cell keeps its own font colour. */
  font?: HexColour;
}

/** The severities that colour a ledger sheet; reminders appear on the summary sheet only. */
export type MarkSeverity = MarkKind;

/**
 * specification.md "Severities and colours": Excel's built-in Bad / Neutral / Note palette, so a marked
 * ledger looks the same whether the add-in or the command line wrote it.
 */
export const HIGHLIGHT_COLOURS: Readonly<Record<MarkSeverity, Readonly<MarkColours>>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  unreadable: { fill: "#F8CBAD" },
};
