/** The standard template written with ExcelJS (the command line's `template` and `sample`). */
export { standardTemplateWorkbook } from "./standardTemplate";
export { writeTemplateWorkbook } from "./writeTemplateWorkbook";
export type { TemplateData } from "../../engine/template";
