import { CheckCancelledError, HostError } from "../host";
import { createFakeExcel, type FakeExcelOptions } from "../../../test/excel/fakeExcel";
import { readLedgerSheets } from "./readLedgerSheets";

/** A grid of `rows` × `columns` with distinct values, so any misplaced block shows. */
function grid(rows: number, columns: number, prefix = ""): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `${prefix}${r}` : r * 100 + c))
  );
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
    const setup = fake();
    restore = setup.restore;
    const progress: [number, number][] = [];
    await readLedgerSheets(setup.excel.context, {
      maxCellsPerBlock: 40,
      onProgress: (done, total) => progress.push([done, total]),
    });
    // 100 + 70 cells in blocks of ≤ 40: 10 rows of 4 (×2), 5 rows of 4 + 2 rows of 10 … = 5 blocks.
    expect(setup.excel.stats.syncs).toBe(2 + 5);
    expect(progress[0]).toEqual([0, 170]);
    expect(progress[progress.length - 1]).toEqual([170, 170]);
    expect(progress.map(([done]) => done)).toEqual([0, 40, 80, 120, 160, 170]);
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
    const setup = fake();
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
    expect(setup.excel.stats.syncs).toBe(3);
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
});
