/** What both adapters write, defined once (README.md): the engine's entry for it. */
export {
  FINDINGS_LIST_MARKER,
  isSummaryDataMarker,
  isSummaryMarker,
  markFormula,
  markKindOf,
  NOTE_HEADER,
  NOTE_SEPARATOR,
  SUMMARY_MARKER,
  SUMMARY_PROPERTY,
  type MarkKind,
  type SheetMarker,
} from "./markers";
export {
  modelSheets,
  renameSheetLinks,
  sheetAddress,
  SHEET_STYLE_NAMES,
  type CellStyle,
  type FontStyle,
  type HexColour,
  type MergeArea,
  type PrintSetup,
  type RowLink,
  type SheetCell,
  type SheetModel,
  type SheetStyleName,
} from "./sheetModel";
export { findSheet, nameTaken, unusedName } from "./sheetNames";
