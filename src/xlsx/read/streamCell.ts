import { plainCell, type PlainCell } from "./cellValue";
import { isDateFormat, storedSerialAsRead } from "./excelSerial";
import type { ObservedCell } from "./sheetXmlObserver";

/**
 * A cell from ExcelJS's streaming reader, corrected by what the XML observer saw, so that it
 * equals what the full reader gives for the same cell.
 */
export function streamCell(
  raw: unknown,
  numberFormat: string | undefined,
  observed: ObservedCell | undefined,
  date1904: boolean
): PlainCell {
  if (isFormulaValue(raw)) {
    if (observed?.type === "e") return { value: observed.text, hasContent: true };
    // The full reader's rule: every integer other than 0 is TRUE.
    if (observed?.type === "b")
      return { value: parseInt(observed.text, 10) !== 0, hasContent: true };
    const result: unknown = "result" in raw ? raw.result : undefined;
    // Streaming leaves date-formatted formula results as stored serials; the full reader makes Dates.
    if (typeof result === "number" && isDateFormat(numberFormat)) {
      return { value: storedSerialAsRead(result, date1904) ?? "", hasContent: true };
    }
  } else if (observed?.type === "inlineStr") {
    return plainCell(observed.text);
  }
  return plainCell(raw);
}

const isFormulaValue = (raw: unknown): raw is object =>
  typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
