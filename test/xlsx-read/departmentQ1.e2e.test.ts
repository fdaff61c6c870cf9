import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { readXlsxFile, streamXlsxSheets } from "../../src/xlsx/read";
import { tempFolder } from "../../src/xlsx/read/testSupport";
import {
  expectedPath,
  loadFixture,
  toGolden,
  type GoldenFinding,
  type WorkbookFixture,
} from "../fixtures/loadFixture";
import { writeXlsxFile } from "../../src/xlsx/write/saveXlsx";
import { parseCellAddress, checkWorkbook } from "../../src/engine";

/** The golden run's fixed clock, so this test compares like with like. */
const NOW = Date.UTC(2025, 0, 1);

const folder = tempFolder("xlsx-e2e");
afterAll(() => folder.cleanup());

/** Puts every grid value into the cell it came from, as a person typing the ledger would. */
async function writeFixture(fixture: WorkbookFixture, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const input of fixture.sheets) {
    const sheet = workbook.addWorksheet(input.name);
    const origin = parseCellAddress(input.topLeft ?? "A1") ?? { row: 1, column: 0 };
    input.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== "") sheet.getCell(origin.row + r, origin.column + c + 1).value = value;
      });
    });
    for (const merge of input.merges ?? []) sheet.mergeCells(merge);
  }
  await writeXlsxFile(workbook, path);
}

describe("department-q1 through an .xlsx file", () => {
  const fixture = loadFixture("department-q1");
  const expected = JSON.parse(
    readFileSync(expectedPath("department-q1"), "utf8")
  ) as GoldenFinding[];
  const path = folder.path("department-q1.xlsx");
  beforeAll(() => writeFixture(fixture, path));

  test("readXlsxFile gives exactly the golden findings, messages included", async () => {
    const { sheets } = await readXlsxFile(path);
    const result = checkWorkbook(sheets, { now: NOW, ...fixture.options });
    expect(result.errors).toEqual([]);
    expect(toGolden(result.findings)).toEqual(expected);
  });

  test("the streaming reader gives the same sheets, hence the same findings", async () => {
    const full = (await readXlsxFile(path)).sheets;
    const streamed = await streamXlsxSheets(path);
    expect(streamed).toEqual(full);
    const result = checkWorkbook(streamed, { now: NOW, ...fixture.options });
    expect(toGolden(result.findings)).toEqual(expected);
  });

  test("the findings are not trivially empty", () => {
    expect(expected.length).toBeGreaterThan(5);
  });
});
