import { createFakeExcel } from "./fakeExcel";
import { excelDate } from "./fakeFunctions";
import { FakeOfficeError } from "./fakeRequest";

/**
 * The fake refuses what Excel refuses (each rule cites Microsoft's documentation where it is
 * modelled), so the adapter's tests cannot pass on a kinder host than the real one.
 */

const codeOf = (error: unknown): string | null =>
  error instanceof FakeOfficeError ? error.code : null;

describe("the strict fake Excel", () => {
  test("activate() on a hidden sheet fails the request", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "会议台账", values: [["x"]], hidden: true },
        { name: "党费台账", values: [["x"]] },
      ],
      activeSheet: "党费台账",
    });
    const context = fake.context;
    context.workbook.worksheets.getItem("会议台账").activate();
    const error = await context.sync().catch((e: unknown) => e);
    expect(codeOf(error)).toBe("InvalidOperation");
    expect(fake.state.activeSheetId).toBe(fake.sheet("党费台账").id);
  });

  test("a cell with a threaded comment takes no note; what ran before stays applied", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "会议台账", values: [["a", "b"]], threadedComments: { B1: "请核对" } }],
    });
    const notes = fake.context.workbook.worksheets.getItem("会议台账").notes;
    notes.add("A1", "第一条");
    notes.add("B1", "第二条");
    const error = await fake.context.sync().catch((e: unknown) => e);
    expect(codeOf(error)).toBe("InvalidArgument");
    expect(fake.snapshot()[0]).toMatchObject({
      notes: { A1: "第一条" },
      comments: { B1: "请核对" },
    });
  });

  test("threaded comments are listed with their cells", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "会议台账", values: [["a"]], threadedComments: { C5: "请核对" } }],
    });
    const comments = fake.context.workbook.worksheets.getItem("会议台账").comments.load("items");
    await fake.context.sync();
    const location = comments.items[0]?.getLocation().load("address");
    await fake.context.sync();
    expect(location?.address).toBe("会议台账!C5");
  });

  test("a list source naming a sheet that is not there fails the request", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "支部名册", values: [["支部名称"]] }] });
    const range = fake.context.workbook.worksheets.getItem("支部名册").getRange("B3:B9");
    const setList = (source: string): void => {
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    };
    setList("='支部名册'!$A$3:$A$9");
    setList("=支部名册!$A$3:$A$9");
    setList("是,否");
    await fake.context.sync();
    setList("='支部信息'!$A$3:$A$1000");
    const error = await fake.context.sync().catch((e: unknown) => e);
    expect(codeOf(error)).toBe("InvalidArgument");
  });

  test("DATE answers in the workbook's date system; values stay as stored", async () => {
    for (const date1904 of [false, true]) {
      const fake = createFakeExcel({
        sheets: [{ name: "会议台账", values: [[35064]], numberFormats: { A1: "yyyy-mm-dd" } }],
        date1904,
      });
      const result = fake.context.workbook.functions.date(2000, 1, 1).load("value");
      const cell = fake.context.workbook.worksheets
        .getItem("会议台账")
        .getRange("A1:B1")
        .load("values,numberFormat");
      await fake.context.sync();
      expect(result.value).toBe(date1904 ? 35064 : 36526);
      expect(cell.values).toEqual([[35064, ""]]);
      expect(cell.numberFormat).toEqual([["yyyy-mm-dd", "General"]]);
    }
  });

  test("DATE's serials: 1900-01-01 is 1, Lotus's 1900-02-29 is kept, 1904-01-01 is 0 in 1904", () => {
    expect(excelDate(false, 1900, 1, 1)).toBe(1);
    expect(excelDate(false, 1900, 2, 28)).toBe(59);
    expect(excelDate(false, 1900, 3, 1)).toBe(61);
    expect(excelDate(true, 1904, 1, 1)).toBe(0);
    expect(excelDate(true, 1903, 12, 31)).toBeNull();
    expect(excelDate(false, 2024, 3, 5)! - excelDate(true, 2024, 3, 5)!).toBe(1462);
  });
});
