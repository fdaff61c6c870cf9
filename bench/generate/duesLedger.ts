import { type CellValue, DUES_SCHEMA } from "../../src/engine";

/**
 * A dues ledger of any length where an exact share of rows fails (实交党费 short of 应交党费),
 * as test/excel/largeWorkbook.test.ts builds it: the add-in benchmark needs failing rows it can
 * count, from none to all, scattered (every n-th row) so that they need many address chunks.
 */

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文";

const memberName = (m: number): string =>
  `${SURNAMES[m % 20]}${GIVEN[Math.floor(m / 20) % 30]}${GIVEN[Math.floor(m / 600) % 30]}`;

/** `failEvery` 0: no row fails; 10: every tenth; 1: every row. */
export function duesLedger(rows: number, failEvery: number): CellValue[][] {
  const grid: CellValue[][] = [DUES_SCHEMA.columns.map((c) => c.header)];
  for (let i = 0; i < rows; i++) {
    const member = Math.floor(i / 12);
    const month = (i % 12) + 1;
    const failing = failEvery > 0 && i % failEvery === 0;
    grid.push([
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
  return grid;
}
