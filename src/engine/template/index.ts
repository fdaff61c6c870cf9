/** The standard template as a host-neutral model, and the grids a filled template gives the engine. */
export { buildTemplateModel, templateSheetOf } from "./buildTemplateModel";
export { COLUMN_RULES, rulesOfColumn } from "./columnRules";
export {
  INSTRUCTIONS_SHEET_NAME,
  TEMPLATE_CAPTION_HEIGHT,
  TEMPLATE_FIRST_DATA_ROW,
  TEMPLATE_FONT,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_LAST_FORMATTED_ROW,
  TEMPLATE_MARGINS,
  TEMPLATE_TITLE_HEIGHT,
  TEMPLATE_TITLE_ROW,
} from "./layout";
export { INSTRUCTION_ROW_STYLES } from "./styles";
export {
  ledgerGrid,
  templateSheetInput,
  templateWorkbookInput,
  unitInfoGrid,
  unitInfoValue,
  type PlainSheet,
  type TemplateData,
} from "./sheetInput";
export { TEMPLATE_LISTS } from "./validations";
export type * from "./types";
