import { applyHighlights } from "../../src/excel/mark/applyHighlights";
import { clearMarks } from "../../src/excel/mark/clearMarks";
import { readLedgerSheets } from "../../src/excel/read/readLedgerSheets";
import { createFakeExcel, type FakeExcel } from "./fakeExcel";
import { checkWorkbook, type CellValue, DUES_SCHEMA } from "../../src/engine";

/**
 * A department's 50,000-row dues ledger, checked and marked through the fake Excel with none, a
 * tenth and all of its rows failing (实交党费 short of 应交党费): the number of syncs must not grow
 * with the findings, every request stays under Excel's 5 MB, no address passes 8,192 characters,
 * and no ledger value is ever written.
 */

const ROWS = 50_000;
const FIVE_MB = 5 * 1024 * 1024;
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文";

/** A distinct, readable Chinese name per member. */
const memberName = (m: number): string =>
  `${SURNAMES[m % 20]}${GIVEN[Math.floor(m / 20) % 30]}${GIVEN[Math.floor(m / 600) % 30]}`;

function duesLedger(failEvery: number): CellValue[][] {
  const rows: CellValue[][] = [DUES_SCHEMA.columns.map((c) => c.header)];
  for (let i = 0; i < ROWS; i++) {
    const member = Math.floor(i / 12);
    const month = (i % 12) + 1;
    const failing = failEvery > 0 && i % failEvery === 0;
    rows.push([
      `第${(member % 20) + 1}党支部`,
      memberName(member),
      "在职",
      `2024-${String(month).padStart(2, "0")}`,
      12000,
      "2%",
      240,
      failing ? 100 : 240,
      45292 + (month - 1) * 30 + 5,
      "",
    ]);
  }
  return rows;
}

interface Run {
  excel: FakeExcel;
  readSyncs: number;
  markSyncs: number;
  failingRows: number;
}

async function checkAndMark(failEvery: number, notes: boolean): Promise<Run> {
  const excel = createFakeExcel({
    sheets: [
      { name: "党费台账", values: duesLedger(failEvery) },
      { name: "单位信息", values: [["单位名称", "市示范局机关党委"]] },
    ],
  });
  const restore = excel.installOffice();
  try {
    const { sheets, protectedSheets } = await readLedgerSheets(excel.context);
    const readSyncs = excel.stats.syncs;
    const result = checkWorkbook(sheets, { asOf: "2024-12-31", year: 2024 });
    await applyHighlights(excel.context, result.highlights, { notes, skipSheets: protectedSheets });
    const failingRows = result.findings.filter((f) => f.row !== null).length;
    return { excel, readSyncs, markSyncs: excel.stats.syncs - readSyncs, failingRows };
  } finally {
    restore();
  }
}

function expectWithinLimits(excel: FakeExcel): void {
  expect(Math.max(...excel.stats.requests.map((r) => r.bytes))).toBeLessThanOrEqual(FIVE_MB);
  expect(Math.max(...excel.stats.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(
    FIVE_MB
  );
  expect(excel.stats.requests.every((r) => r.failed === null)).toBe(true);
  expect(excel.stats.longestAddress).toBeLessThanOrEqual(8192);
  expect(excel.stats.cellWrites).toEqual([]);
}

describe("a 50,000-row dues ledger", () => {
  test("marks only: the same syncs whether no row, a tenth or every row fails", async () => {
    const runs = [];
    for (const failEvery of [0, 10, 1]) runs.push(await checkAndMark(failEvery, false));
    expect(runs.map((r) => r.failingRows)).toEqual([0, 5_000, 50_000]);
    // 2 to find the used ranges, 1 for the first rows (the header), 1 for the ledger's last row,
    // 6 blocks of ≤ 100,000 cells (500,010 + 2 cells), 1 for the merged areas.
    expect(runs.map((r) => r.readSyncs)).toEqual([11, 11, 11]);
    expect(new Set(runs.map((r) => r.markSyncs)).size).toBe(1);
    expect(runs[0]?.markSyncs).toBeLessThanOrEqual(4);
    for (const { excel } of runs) expectWithinLimits(excel);
    // A tenth failing: 5,000 scattered rows need several address chunks, all on one sheet.
    const tenth = runs[1]?.excel.sheet("党费台账").formats ?? [];
    expect(tenth.length).toBeGreaterThan(1);
    expect(tenth.reduce((sum, f) => sum + f.areas.length, 0)).toBe(5_000);
  }, 120_000);

  test("with notes: bounded by request size, each request under 5 MB; clear restores it", async () => {
    const { excel, markSyncs, failingRows } = await checkAndMark(10, true);
    expect(failingRows).toBe(5_000);
    expectWithinLimits(excel);
    expect(excel.sheet("党费台账").notes).toHaveLength(5_000);
    // Fixed phases plus one request per ~2 MB of notes: far from one sync per row.
    expect(markSyncs).toBeLessThanOrEqual(12);

    const restore = excel.installOffice();
    try {
      const before = excel.stats.syncs;
      const cleared = await clearMarks(excel.context);
      expect(cleared.notes).toBe(5_000);
      expect(cleared.marks).toBe(5_000);
      expect(excel.stats.syncs - before).toBeLessThanOrEqual(10);
      expect(excel.sheet("党费台账").notes).toEqual([]);
      expect(excel.sheet("党费台账").formats).toEqual([]);
      expectWithinLimits(excel);
    } finally {
      restore();
    }
  }, 120_000);
});
