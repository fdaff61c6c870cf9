import { createFakeExcel, type FakeExcelOptions } from "../../../test/excel/fakeExcel";
import { readLedgerSheets } from "./readLedgerSheets";
import { CheckCancelledError, HostError } from "../hostErrors";

/** A grid of `rows` × `columns` with distinct values, so any misplaced block shows. */
function grid(rows: number, columns: number, prefix = ""): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `${prefix}${r}` : r * 100 + c))
  );
}

/** A meetings ledger: a title, the header row and `rows` meetings. */
function meetingsLedger(rows: number) {
  return {
    name: "会议台账",
    values: [
      ["2024年会议台账", "", "", ""],
      ["支部", "会议类型", "会议日期", "实到人数"],
      ...Array.from({ length: rows }, (_, i) => ["第一党支部", "支委会", 45300 + i, 5]),
    ],
  };
}

function duesRows(rows: number): (string | number)[][] {
  return [
    ["支部", "姓名", "所属月份", "实交党费"],
    ...Array.from({ length: rows }, (_, i) => ["第一党支部", `党员${i}`, "2024-01", 50]),
  ];
}

function fake(options: Partial<FakeExcelOptions> = {}) {
  const excel = createFakeExcel({
    sheets: [
      { name: "会议台账", values: grid(25, 4, "m"), topLeft: "B3" },
      { name: "空表" },
      { name: "党费台账", values: grid(7, 10, "d"), protected: true },
    ],
    ...options,
  });
  const restore = excel.installOffice();
  return { excel, restore };
}

describe("readLedgerSheets", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  test("every sheet's used range, with its top-left cell, exactly as Excel gives it", async () => {
    const setup = fake();
    restore = setup.restore;
    const { sheets, protectedSheets } = await readLedgerSheets(setup.excel.context);
    expect(sheets.map((s) => [s.name, s.topLeft, s.values.length])).toEqual([
      ["会议台账", "B3", 25],
      ["空表", "A1", 1],
      ["党费台账", "A1", 7],
    ]);
    expect(sheets[0]?.values).toEqual(grid(25, 4, "m"));
    expect(sheets[1]?.values).toEqual([[""]]);
    expect(sheets[2]?.values).toEqual(grid(7, 10, "d"));
    expect(protectedSheets).toEqual(["党费台账"]);
    expect(setup.excel.stats.cellWrites).toEqual([]);
  });

  test("a hidden sheet is read and flagged hidden, for the engine's choice between sheets", async () => {
    const setup = fake({
      sheets: [
        { name: "2023年会议台账", values: grid(2, 2), hidden: true },
        { name: "2024年会议台账", values: grid(2, 2) },
      ],
    });
    restore = setup.restore;
    const { sheets } = await readLedgerSheets(setup.excel.context);
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["2023年会议台账", true],
      ["2024年会议台账", undefined],
    ]);
  });

  test("blocks are sized by cells, one sync each, several small sheets sharing one", async () => {
    const setup = fake({ sheets: [meetingsLedger(20), { name: "党费台账", values: duesRows(9) }] });
    restore = setup.restore;
    const progress: [number, number][] = [];
    await readLedgerSheets(setup.excel.context, {
      maxCellsPerBlock: 40,
      onProgress: (done, total) => progress.push([done, total]),
    });
    // 22 rows × 4 + 10 rows × 4 = 128 cells of ledger in blocks of ≤ 40: 10 + 10 + 10 rows….
    expect(progress[0]).toEqual([0, 128]);
    expect(progress[progress.length - 1]).toEqual([128, 128]);
    expect(progress.map(([done]) => done)).toEqual([0, 40, 80, 120, 128]);
  });

  test("a block over the response limit is halved until it fits, and the data is whole", async () => {
    const setup = fake({
      sheets: [{ name: "党费台账", values: grid(400, 10, "d") }],
      limits: { responseBytes: 20_000 },
    });
    restore = setup.restore;
    const { sheets } = await readLedgerSheets(setup.excel.context, { maxCellsPerBlock: 4000 });
    expect(sheets[0]?.values).toEqual(grid(400, 10, "d"));
    const failed = setup.excel.stats.requests.filter((r) => r.failed !== null);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    const succeeded = setup.excel.stats.requests.filter((r) => r.failed === null);
    expect(succeeded.every((r) => r.responseBytes <= 20_000)).toBe(true);
  });

  test("when even one row is too large, a Chinese error names the sheet and row", async () => {
    const setup = fake({
      sheets: [{ name: "党费台账", values: grid(3, 50, "d"), topLeft: "A4" }],
      limits: { responseBytes: 100 },
    });
    restore = setup.restore;
    const failure = readLedgerSheets(setup.excel.context);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({
      messageZh: expect.stringContaining("读取工作表“党费台账”第 4 行起的数据时出错"),
      cause: expect.objectContaining({ code: "ResponsePayloadSizeLimitExceeded" }),
    });
  });

  test("merged areas come with the sheet when the host can tell (ExcelApi 1.13)", async () => {
    const sheets = [{ name: "会议台账", values: grid(6, 3), merges: ["A4:A6", "B2:C2"] }];
    const modern = fake({ sheets });
    restore = modern.restore;
    expect((await readLedgerSheets(modern.excel.context)).sheets[0]?.merges).toEqual([
      "B2:C2",
      "A4:A6",
    ]);
    restore();
    const older = fake({ sheets, excelApiMinor: 12 });
    restore = older.restore;
    expect((await readLedgerSheets(older.excel.context)).sheets[0]?.merges).toBeUndefined();
  });

  test("a cancelled read stops between syncs", async () => {
    const setup = fake({ sheets: [meetingsLedger(40)] });
    restore = setup.restore;
    const controller = new AbortController();
    const reading = readLedgerSheets(setup.excel.context, {
      maxCellsPerBlock: 40,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 40) controller.abort();
      },
    });
    await expect(reading).rejects.toBeInstanceOf(CheckCancelledError);
    const syncs = setup.excel.stats.syncs;
    // Sheets, used ranges, the first 30 rows (3 blocks), the ledger's extent, one block of it.
    expect(syncs).toBe(2 + 3 + 1 + 1);
  });

  test("a stray value far out costs no reading: only the ledger's columns and rows are read", async () => {
    const ledger = meetingsLedger(50);
    const setup = fake({ sheets: [ledger] });
    restore = setup.restore;
    // A value typed in XFD1048576 makes the used range A1:XFD1048576.
    const far: string[] = [];
    far[16_383] = "x";
    setup.excel.sheet("会议台账").rows[1_048_575] = far;
    const { sheets, skipped } = await readLedgerSheets(setup.excel.context);
    expect(sheets[0]?.values).toEqual(ledger.values);
    expect(skipped).toEqual([{ sheet: "会议台账", columns: "E:XFD", mergeRows: [] }]);
    expect(setup.excel.stats.syncs).toBeLessThan(10);
    const cellsRead = setup.excel.stats.requests.reduce((sum, r) => sum + r.responseBytes, 0);
    expect(cellsRead).toBeLessThan(50_000);
  });

  test("the ledger's rows end at its last row with a value, and its two header rows count", async () => {
    const values = [
      ["2024年会议台账"],
      ["支部", "会议类型", "会议日期", "参会情况", ""],
      ["", "", "", "应到", "实到"],
      ["第一党支部", "支部党员大会", 45356, 10, 8],
    ];
    const setup = fake({
      sheets: [
        { name: "会议台账", values },
        { name: "备注", values: grid(60, 3) },
      ],
    });
    restore = setup.restore;
    // A note typed far below the ledger, beside it.
    const note = Array<string>(7).fill("");
    note[6] = "备忘";
    setup.excel.sheet("会议台账").rows[899] = note;
    const { sheets, skipped } = await readLedgerSheets(setup.excel.context);
    expect(sheets[0]?.values).toEqual(
      values.map((row) => [...row, "", "", "", "", ""].slice(0, 5))
    );
    expect(skipped).toEqual([{ sheet: "会议台账", columns: "F:G", mergeRows: [] }]);
    // A sheet that holds no ledger keeps its first rows only (the engine never reads it).
    expect(sheets[1]?.values).toHaveLength(30);
  });

  test("a sheet with more merged areas than Excel reports at once (512) is read in slices", async () => {
    // A printed ledger: each row's last two cells merged, 1,200 rows.
    const rows = 1_200;
    const ledger = meetingsLedger(rows);
    const merges = Array.from({ length: rows }, (_, i) => `C${i + 3}:D${i + 3}`);
    const setup = fake({ sheets: [{ ...ledger, merges }] });
    restore = setup.restore;
    const { sheets, skipped } = await readLedgerSheets(setup.excel.context);
    expect(sheets[0]?.values).toHaveLength(rows + 2);
    expect(sheets[0]?.merges).toEqual(merges);
    expect(skipped).toEqual([]);
    const refused = setup.excel.stats.requests.filter((r) => r.failed === "GeneralException");
    expect(refused.length).toBeGreaterThan(0);
  });

  test('a sheet whose used range does not start at A1 keeps Excel\'s values, empty cells as ""', async () => {
    const setup = fake({
      sheets: [
        {
          name: "培训台账",
          values: [
            ["姓名", "", true],
            ["", 3.5, ""],
          ],
          topLeft: "C5",
        },
      ],
    });
    restore = setup.restore;
    const { sheets } = await readLedgerSheets(setup.excel.context);
    expect(sheets[0]).toEqual({
      name: "培训台账",
      topLeft: "C5",
      values: [
        ["姓名", "", true],
        ["", 3.5, ""],
      ],
    });
  });

  describe("a workbook in the 1904 date system", () => {
    /** 2024-03-05 and 2024-03-12 as the 1900 system counts them, and as 1904 does (1,462 less). */
    const DAYS_1900 = [45356, 45363];
    const DAYS_1904 = DAYS_1900.map((serial) => serial - 1462);
    const ledger = (dates: number[]) => ({
      name: "会议台账",
      values: [
        ["支部", "会议类型", "会议日期", "实到人数", "备注"],
        ...dates.map((date) => ["第一党支部", "支委会", date, 5, date]),
      ],
      // 会议日期 shows dates; 实到人数 and 备注 (a number the officer typed) are General.
      numberFormats: { "C2:C3": 'yyyy"年"m"月"d"日"' },
    });

    test("dates reach the engine as 1900-system serials; other numbers as they are", async () => {
      const setup = fake({ sheets: [ledger(DAYS_1904)], date1904: true });
      restore = setup.restore;
      const { sheets } = await readLedgerSheets(setup.excel.context);
      expect(sheets[0]?.values.slice(1)).toEqual([
        ["第一党支部", "支委会", DAYS_1900[0], 5, DAYS_1904[0]],
        ["第一党支部", "支委会", DAYS_1900[1], 5, DAYS_1904[1]],
      ]);
      expect(setup.excel.stats.cellWrites).toEqual([]);
    });

    test("a 1900 workbook's dates are left as they are; asking the system costs no request", async () => {
      const setup = fake({ sheets: [ledger(DAYS_1900)] });
      restore = setup.restore;
      const { sheets } = await readLedgerSheets(setup.excel.context);
      expect(sheets[0]?.values.slice(1).map((row) => row[2])).toEqual(DAYS_1900);
      const syncsWithout = setup.excel.stats.syncs;
      const with1904 = fake({ sheets: [ledger(DAYS_1904)], date1904: true });
      await readLedgerSheets(with1904.excel.context);
      with1904.restore();
      // The date system is asked in a request the reader makes anyway.
      expect(with1904.excel.stats.syncs).toBe(syncsWithout);
    });
  });
});
