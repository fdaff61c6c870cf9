import { DATE_1904_OFFSET, isDateFormat } from "../../xlsx/read/excelSerial";
import type { CellValue } from "../../engine";

/**
 * The workbook's date system, and dates read in the 1904 one brought to the 1900 one the engine
 * counts in (as the command line does with workbook.xml's date1904).
 *
 * How the add-in tells the system. `Workbook.use1904DateSystem` would say it, but it is in no
 * released requirement set (ExcelApi preview only, absent from @types/office-js), and reading
 * workbook.xml through `Office.context.document.getFileAsync` would fetch the whole file. What
 * every Excel since ExcelApi 1.2 has is its worksheet functions: `workbook.functions.date` "Returns
 * the number that represents the date in Microsoft Excel date-time code", whose year runs "from
 * 1900 or 1904 (depending on the workbook's date system)"
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)).
 * DATE(2000, 1, 1) is 36526 in the 1900 system and 35064 in the 1904 one, whose day 0 is
 * 1904-01-01 (MS-XLS Date1904,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b).
 * The probe rides in a request the reader makes anyway and writes nothing.
 *
 * Which numbers are dates. Range.values gives a date as its serial, so in a 1904 workbook the
 * reader also loads Range.numberFormat and moves the numbers of date-formatted cells by 1,462 days
 * — the cells the .xlsx reader converts too (its isDateFormat), so both adapters agree. A 1900
 * workbook (every Excel's default) costs nothing more.
 */

export type DateSystem = "1900" | "1904";

const PROBE = { year: 2000, month: 1, day: 1 } as const;
const PROBE_1900 = 36526;
const PROBE_1904 = PROBE_1900 - DATE_1904_OFFSET;

/**
 * Queues the probe into the caller's next request; after that sync, the returned function gives
 * the system. Anything but 1904's answer (an error value, an odd host) reads as 1900, the default.
 */
export function queueDateSystemProbe(context: Excel.RequestContext): () => DateSystem {
  const result = context.workbook.functions.date(PROBE.year, PROBE.month, PROBE.day);
  result.load("value");
  return () => (result.value === PROBE_1904 ? "1904" : "1900");
}

/**
 * A block read from a 1904 workbook in 1900-system serials: every number whose cell shows a date
 * gains 1,462 days; text, booleans and other numbers stay as they are.
 */
export function toSystem1900(rows: CellValue[][], formats: unknown): CellValue[][] {
  if (!Array.isArray(formats)) return rows;
  return rows.map((row, r) => {
    const rowFormats: unknown = formats[r];
    if (!Array.isArray(rowFormats)) return row;
    return row.map((value, c) => {
      const format: unknown = rowFormats[c];
      return typeof value === "number" && typeof format === "string" && isDateFormat(format)
        ? value + DATE_1904_OFFSET
        : value;
    });
  });
}
