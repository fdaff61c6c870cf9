import { join } from "node:path";
import ExcelJS from "exceljs";
import { encodeSummaryData, type SummaryData } from "../../src/engine/summary/summaryData";
import { writeXlsxFile } from "../../src/xlsx/write/saveXlsx";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, STACK_FRAME, tempDir } from "./runCli";
import { checkWorkbook, summaryData } from "../../src/engine";
import { SUMMARY_MARKER } from "../../src/engine/workbook";

/**
 * The level above trusts nothing in a department's hidden summary column: a crafted file's data
 * is parsed against a strict schema, and whatever breaks it leaves that file out, named, with the
 * reason, while every other file is consolidated.
 */

const dir = tempDir("party-ledger-rollup-trust-");

function genuineData(): SummaryData {
  const result = checkWorkbook(loadFixture("department-q1").sheets, { asOf: "2024-04-10" });
  return summaryData(result, { checkedAt: "2024-04-10 10:00", version: "0.1.0" });
}

/** A department file whose 汇总表 carries `data` (any JSON) in the hidden column, as ours does. */
async function departmentFile(name: string, data: unknown): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("汇总表");
  sheet.getCell(SUMMARY_MARKER.address).value = SUMMARY_MARKER.value;
  const chunks = encodeSummaryData(data as SummaryData);
  chunks.forEach((chunk, i) => {
    sheet.getCell(SUMMARY_MARKER.row + 1 + i, SUMMARY_MARKER.column + 1).value = chunk;
  });
  const file = join(dir, name);
  await writeXlsxFile(workbook, file);
  return file;
}

type Tamper = (data: SummaryData & Record<string, unknown>) => unknown;

const CRAFTED: [string, Tamper][] = [
  [
    "a formula object as a cell value",
    (d) => {
      const cells = d.branchTable.cells as unknown[];
      cells[0] = {
        ...d.branchTable.cells[0],
        value: { formula: 'WEBSERVICE("http://x.example/")' },
      };
      return d;
    },
  ],
  [
    "a hyperlink object as a cell value",
    (d) => {
      const cells = d.branchTable.cells as unknown[];
      cells[0] = {
        ...d.branchTable.cells[0],
        value: { text: "点击", hyperlink: "http://x.example/" },
      };
      return d;
    },
  ],
  ["a formula object as the unit name", (d) => ({ ...d, unitName: { formula: "1+1" } })],
  [
    "an unknown style",
    (d) => {
      const cells = d.branchTable.cells as unknown[];
      cells[0] = { ...d.branchTable.cells[0], style: "evil" };
      return d;
    },
  ],
  [
    "overlapping merges",
    (d) => ({
      ...d,
      branchTable: {
        ...d.branchTable,
        merges: [
          { firstRow: 0, lastRow: 1, firstColumn: 0, lastColumn: 1 },
          { firstRow: 1, lastRow: 1, firstColumn: 1, lastColumn: 2 },
        ],
      },
    }),
  ],
  ["an unknown key", (d) => ({ ...d, extra: "x" })],
  ["a string past its length", (d) => ({ ...d, unitName: "局".repeat(5000) })],
  ["a control character", (d) => ({ ...d, unitName: "市\u001b[2J局" })],
];

describe("rollup against crafted summary data", () => {
  let run: ReturnType<typeof runCli>;
  const out = join(dir, "汇总.xlsx");

  beforeAll(async () => {
    const good = await departmentFile("正常.xlsx", genuineData());
    const crafted = await Promise.all(
      CRAFTED.map(([, tamper], i) =>
        departmentFile(
          `伪造${i + 1}.xlsx`,
          tamper(genuineData() as SummaryData & Record<string, unknown>)
        )
      )
    );
    run = runCli(["rollup", good, ...crafted, "--out", out]);
  }, 60_000);

  test("the genuine file is consolidated, exit 0", () => {
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toContain("出错了");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("1个单位");
  });

  test.each(CRAFTED.map(([label], i) => [label, i]))(
    "%s: that file alone is left out, named, with the reason",
    (_label, i) => {
      expect(run.stderr).toMatch(new RegExp(`未纳入汇总：伪造${i + 1}\\.xlsx（汇总表中的数据`));
    }
  );

  test("the roll-up holds no formula and no link", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value: unknown = cell.value;
          const isObject = typeof value === "object" && value !== null;
          if (isObject && "formula" in value)
            expect(String(value.formula)).toMatch(/^HYPERLINK\("#/);
          expect(cell.hyperlink ?? "").not.toMatch(/^http/);
        })
      );
    }
  });
});
