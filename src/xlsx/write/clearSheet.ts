import type ExcelJS from "exceljs";
import { removeMarks } from "./conditionalMarks";
import { stripNote } from "./notes";
import { eachStoredCell } from "./usedRange";

export interface SheetCleared {
  /** Rows and cells our conditional formats covered. */
  marks: number;
  notes: number;
}

/** Takes our marks and note blocks off one sheet, leaving the user's formats and notes as they were. */
export function clearSheet(worksheet: ExcelJS.Worksheet): SheetCleared {
  const { marks } = removeMarks(worksheet);
  let notes = 0;
  eachStoredCell(worksheet, (cell) => {
    if (stripNote(cell)) notes++;
  });
  return { marks, notes };
}
