import { FakeClientObject, type FakeEnvironment } from "./fakeClientObject";
import type { FakeWorkbookState } from "./fakeState";

/**
 * `workbook.functions` (ExcelApi 1.2) of the fake Excel, as far as the adapter calls it: DATE,
 * which answers in the workbook's date system. Microsoft: Functions.date "Returns the number that
 * represents the date in Microsoft Excel date-time code", its year "a number from 1900 or 1904
 * (depending on the workbook's date system) to 9999"
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)).
 * The two systems (MS-XLS 2.4.77 Date1904,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b):
 * 1900 counts 1900-01-01 as 1 (and keeps Lotus's phantom 1900-02-29 as 60); 1904 counts
 * 1904-01-01 as 0. A date from 1900-03-01 on is 1,462 days less in the 1904 system.
 */

const DAY_MS = 86_400_000;

/** The DATE function's serial, or null where Excel gives #NUM!. */
export function excelDate(
  date1904: boolean,
  year: number,
  month: number,
  day: number
): number | null {
  // DATE adds 1900 to years 0…1899, as Excel's documentation of the function says.
  const fullYear = year < 1900 ? year + 1900 : year;
  const ms = Date.UTC(fullYear, month - 1, day);
  let serial: number;
  if (date1904) {
    serial = (ms - Date.UTC(1904, 0, 1)) / DAY_MS;
  } else {
    const fromMarch1900 = ms >= Date.UTC(1900, 2, 1);
    serial = (ms - Date.UTC(1899, 11, fromMarch1900 ? 30 : 31)) / DAY_MS;
  }
  return serial < 0 || fullYear > 9999 ? null : serial;
}

interface FunctionTarget {
  value: number | null;
}

/** One function's result: `value`, or `error` ("#NUM!"). */
export class FakeFunctionResult extends FakeClientObject<FunctionTarget> {
  protected scalarNames(): readonly string[] {
    return ["value", "error"];
  }
  protected readScalar(target: FunctionTarget, name: string): unknown {
    if (name === "error") return target.value === null ? "#NUM!" : null;
    return target.value;
  }
  get value(): number | null {
    return this.loadedValue("value");
  }
  get error(): string | null {
    return this.loadedValue("error");
  }
}

export class FakeFunctions {
  constructor(private readonly env: FakeEnvironment) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    let result: FunctionTarget | null = null;
    const state: FakeWorkbookState = this.env.state;
    this.env.request.enqueue({ a: "date", args: [year, month, day] }, () => {
      result = { value: excelDate(state.date1904, year, month, day) };
    });
    return new FakeFunctionResult(this.env, () => result, "FunctionResult");
  }
}
