/**
 * Requirement sets checked at run time: the manifest asks for ExcelApi 1.9 only, so anything newer
 * (notes, merged areas) is used only when the host says it has it.
 */

/** ExcelApi minor versions of the features the adapter uses beyond the manifest's 1.9. */
export const EXCEL_API = {
  /** worksheet.getRanges and RangeAreas conditional formats: the manifest's floor. */
  rangeAreas: 9,
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: 13,
  /** worksheet.notes (the Notes API). */
  notes: 18,
} as const;

/**
 * Whether the host supports ExcelApi 1.<minor>. False outside Office (tests without a host, the
 * command line) and when the check itself fails, so a feature is never used on a guess.
 */
export function excelApiSupported(minor: number): boolean {
  if (typeof Office === "undefined") return false;
  try {
    return Office.context?.requirements?.isSetSupported("ExcelApi", `1.${minor}`) === true;
  } catch {
    return false;
  }
}

/** Notes can be written and stripped (ExcelApi 1.18); otherwise reasons stay in the pane and summary. */
export const notesSupported = (): boolean => excelApiSupported(EXCEL_API.notes);

/** The host can tell which cells are merged (ExcelApi 1.13). */
export const mergedAreasSupported = (): boolean => excelApiSupported(EXCEL_API.mergedAreas);
