/**
 * Writes sheet models into workbooks we create (the template, the sample, the roll-up, the exported
 * summary). Saving (saveXlsx.ts) is imported by path, not from here: it reaches into ExcelJS's Node
 * build, and the task pane's bundle uses this index too.
 */
export { writeSheetModel } from "./sheetModel";
