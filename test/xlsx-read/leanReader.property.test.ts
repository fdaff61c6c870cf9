import ExcelJS from "exceljs";
import fc from "fast-check";
import { readXlsxFile, streamXlsxSheets } from "../../src/xlsx/read";
import { readFileSync } from "node:fs";
import { bufferSource } from "../../src/xlsx/read/byteSources";
import { streamZipEntryPortable } from "../../src/xlsx/read/portableEntryStream";
import { readBookFromSource } from "../../src/xlsx/read/readBook";
import { tempFolder } from "../../src/xlsx/read/testSupport";
import { writeXlsxFile } from "../../src/xlsx/write/saveXlsx";
import { ERROR_VALUES, gridOf, mergesOf, workbookShapes } from "../reliability/arbitraries";

/**
 * The lean streaming reader (check --report-only) against the full ExcelJS reader on random
 * workbooks: the same SheetInputs, whatever the cells, merges, date formats and date system.
 */

const folder = tempFolder("xlsx-lean-property");
afterAll(() => folder.cleanup());

/** The browser page's reading of the same file: its bytes, inflated with fflate. */
async function readInBrowserWay(path: string) {
  const bytes = new Uint8Array(readFileSync(path));
  return (await readBookFromSource(bufferSource(bytes), path, streamZipEntryPortable)).sheets;
}

const SEED = Number(process.env.FC_SEED ?? 20261126);
let fileNumber = 0;

const bookOptions = fc.record({
  date1904: fc.boolean(),
  dateColumn: fc.integer({ min: 0, max: 3 }),
  formulas: fc.boolean(),
});

describe("streamXlsxSheets (and the browser page's reading) equals readXlsxFile", () => {
  test("on random workbooks", async () => {
    await fc.assert(
      fc.asyncProperty(workbookShapes, bookOptions, async (shapes, options) => {
        const workbook = new ExcelJS.Workbook();
        workbook.properties.date1904 = options.date1904;
        for (const shape of shapes) {
          const sheet = workbook.addWorksheet(shape.name);
          gridOf(shape).forEach((values, r) => {
            values.forEach((value, c) => {
              if (value === "") return;
              const cell = sheet.getCell(shape.origin.row + r, shape.origin.column + c + 1);
              if (typeof value === "string" && ERROR_VALUES.includes(value) && options.formulas) {
                cell.value = {
                  formula: "1/0",
                  result: { error: value as ExcelJS.CellErrorValue["error"] },
                };
              } else if (typeof value === "number" && options.formulas && c % 2 === 1) {
                cell.value = { formula: `${value}+0`, result: value };
              } else {
                cell.value = value;
              }
              if (c === options.dateColumn && typeof value === "number") cell.numFmt = "yyyy-mm-dd";
            });
          });
          for (const merge of mergesOf(shape)) sheet.mergeCells(merge);
        }
        const path = folder.path(`random-${++fileNumber}.xlsx`);
        await writeXlsxFile(workbook, path);
        const full = (await readXlsxFile(path)).sheets;
        expect(await streamXlsxSheets(path)).toEqual(full);
        expect(await readInBrowserWay(path)).toEqual(full);
      }),
      { numRuns: 50, seed: SEED }
    );
  }, 120_000);
});

describe("streamXlsxSheets across inflate chunk boundaries", () => {
  test("Chinese and emoji in shared strings and inline strings arrive whole", async () => {
    // Four-byte emoji and three-byte Chinese over a few megabytes: the 256 KiB inflate chunks
    // cut characters in two many times over.
    const text = (r: number): string =>
      `第${r}名党员😀🇨🇳机关第${r % 7}党支部（在职）${"党建台账".repeat(r % 5)}`;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("党员名册");
    for (let r = 1; r <= 30_000; r++) {
      sheet.getCell(r, 1).value = text(r);
      sheet.getCell(r, 2).value = {
        richText: [{ text: "😀" }, { text: `支部${r}`, font: { bold: true } }],
      };
    }
    const path = folder.path("boundaries.xlsx");
    await writeXlsxFile(workbook, path);
    const lean = await streamXlsxSheets(path);
    expect(JSON.stringify(lean)).not.toContain("\uFFFD");
    expect(lean).toEqual((await readXlsxFile(path)).sheets);
    expect(await readInBrowserWay(path)).toEqual(lean);
    expect(lean[0]?.values.map((row) => row[0])).toEqual(
      Array.from({ length: 30_000 }, (_, i) => text(i + 1))
    );

    const inlinePath = folder.path("boundaries-inline.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: inlinePath,
      useSharedStrings: false,
    });
    const inline = writer.addWorksheet("培训台账");
    for (let r = 1; r <= 30_000; r++) inline.getRow(r).getCell(1).value = text(r);
    inline.commit();
    await writer.commit();
    const inlineSheets = await streamXlsxSheets(inlinePath);
    expect(inlineSheets[0]?.values.map((row) => row[0])).toEqual(
      Array.from({ length: 30_000 }, (_, i) => text(i + 1))
    );
  }, 60_000);
});
