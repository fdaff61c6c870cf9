import { SUMMARY_STYLES } from "../summary/styles";
import type { InstructionRowType, TemplateStyleName } from "./types";
import type { HexColour, CellStyle } from "../workbook/sheetModel";

const BORDER: HexColour = "#BFBFBF";
const HEADER_FILL: HexColour = "#D9E1F2";
/** Required columns stand out in a warmer colour, as well as by their leading "*". */
const REQUIRED_FILL: HexColour = "#FCE4D6";

const header = (fill: HexColour): CellStyle => ({
  font: { bold: true },
  fill,
  horizontal: "center",
  vertical: "center",
  wrap: true,
  border: BORDER,
});

/**
 * The template's palette. Severity samples on 填表说明 reuse the summary's styles, which use the
 * ledger highlight colours (specification.md), so the officer sees there exactly what a check will show.
 */
export const TEMPLATE_STYLES: Record<TemplateStyleName, CellStyle> = {
  title: { font: { bold: true, size: 14 }, horizontal: "center", vertical: "center", wrap: false },
  header: header(HEADER_FILL),
  headerRequired: header(REQUIRED_FILL),
  unitNote: {
    font: { size: 10, colour: "#595959" },
    horizontal: "left",
    vertical: "center",
    wrap: true,
    border: BORDER,
  },
  unitKey: {
    font: { bold: true },
    fill: "#F2F2F2",
    horizontal: "left",
    vertical: "center",
    wrap: true,
    border: BORDER,
  },
  unitValue: { font: {}, horizontal: "left", vertical: "center", wrap: true, border: BORDER },
  docTitle: {
    font: { bold: true, size: 16 },
    horizontal: "center",
    vertical: "center",
    wrap: false,
  },
  docHeading: {
    font: { bold: true, size: 12 },
    horizontal: "left",
    vertical: "center",
    wrap: false,
  },
  docParagraph: { font: {}, horizontal: "left", vertical: "top", wrap: true },
  docTableHeader: header(HEADER_FILL),
  docTableCell: { font: {}, horizontal: "left", vertical: "top", wrap: true, border: BORDER },
  error: { ...SUMMARY_STYLES.error, font: { ...SUMMARY_STYLES.error.font, bold: true } },
  warning: { ...SUMMARY_STYLES.warning, font: { ...SUMMARY_STYLES.warning.font, bold: true } },
  reminder: { ...SUMMARY_STYLES.reminder, font: { ...SUMMARY_STYLES.reminder.font, bold: true } },
  unreadable: { ...SUMMARY_STYLES.unreadable, font: { bold: true } },
  /** An example row: grey on grey, plainly not one of the unit's records. */
  example: {
    font: { colour: "#7F7F7F" },
    fill: "#F2F2F2",
    horizontal: "left",
    vertical: "center",
    wrap: false,
    border: BORDER,
  },
  exampleNote: {
    font: { bold: true, colour: "#C65911" },
    horizontal: "left",
    vertical: "center",
    wrap: false,
  },
};

/** The style of each kind of 填表说明 row (a table's first cell may name its own). */
export const INSTRUCTION_ROW_STYLES: Record<InstructionRowType, TemplateStyleName> = {
  title: "docTitle",
  heading: "docHeading",
  paragraph: "docParagraph",
  "table-header": "docTableHeader",
  "table-row": "docTableCell",
};
