import { dateToSerial, isDateFormat, storedSerialAsRead } from "./excelSerial";

/** ExcelJS's own serial → Date mapping, which dateToSerial must undo exactly. */
const excelJsDate = (serial: number, date1904 = false): Date =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

describe("dateToSerial", () => {
  test.each([1, 59, 60, 61, 25569, 44357, 45356.5, 45356.25, 2958465.999988426])(
    "gives back stored serial %p from ExcelJS's Date",
    (serial) => {
      expect(dateToSerial(excelJsDate(serial))).toBe(serial);
    }
  );

  test("Excel's 1900-02-28 is 59 and 1900-03-01 is 61, with the fictitious 29th between", () => {
    // ExcelJS's Dates for serials below 61 are a day early; the serial is what Range.values gives.
    expect(excelJsDate(59).toISOString().slice(0, 10)).toBe("1900-02-27");
    expect(dateToSerial(excelJsDate(59))).toBe(59);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  test("a 1904 workbook's dates come out as 1900-system serials (stored + 1462)", () => {
    expect(dateToSerial(excelJsDate(43895, true))).toBe(43895 + 1462);
  });

  test("an invalid date has no serial", () => {
    expect(dateToSerial(new Date(NaN))).toBeUndefined();
  });
});

describe("storedSerialAsRead", () => {
  test.each([59, 61, 45356.5, 0.3333333333333333, 45356.123456789])(
    "matches the full reader for stored serial %p",
    (serial) => {
      expect(storedSerialAsRead(serial, false)).toBe(dateToSerial(excelJsDate(serial)));
      expect(storedSerialAsRead(serial, true)).toBe(dateToSerial(excelJsDate(serial, true)));
    }
  );
});

describe("isDateFormat", () => {
  test.each([
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["h:mm", true],
    ["General", false],
    ["0.00", false],
    ['#,##0.00"元"', false],
    ['"mdy"0', false],
    ["[Red]0.00", false],
    [undefined, false],
    ["", false],
  ])("%p → %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
