import { buildTemplateModel } from "../../src/engine/template";
import { generateSample } from "../../src/sample";
import { readXlsxBuffer } from "../../src/xlsx/read";
import { writeTemplateWorkbook } from "../../src/xlsx/template";
import type { FakeSheetSpec } from "../excel/fakeExcel";
import { writeXlsxBuffer } from "../../src/xlsx/write/saveXlsx";
import { parseCellAddress, type CellValue, type SheetInput } from "../../src/engine";

/**
 * The demonstration workbook as the add-in sees it: written to .xlsx exactly as `party-ledger
 * sample` writes it, read back by the .xlsx adapter, then laid out as Excel's Range.values gives
 * a sheet (a merged area's value only in its top-left cell) for the fake Excel.
 */

export interface SampleWorkbook {
  /** The grids as the .xlsx adapter reads them: what checkWorkbook gets on the command line. */
  sheets: SheetInput[];
  /** The same sheets as the fake Excel holds them. */
  specs: FakeSheetSpec[];
  asOf: string;
  year: number;
  bytes: Uint8Array;
}

/** Blanks every merged cell but the top-left one, as Excel holds a merged area. */
function asExcelHoldsIt(sheet: SheetInput): FakeSheetSpec {
  const origin = parseCellAddress(sheet.topLeft ?? "A1");
  if (!origin) throw new Error(`bad topLeft ${sheet.topLeft} on ${sheet.name}`);
  const values: CellValue[][] = sheet.values.map((row) => [...row]);
  for (const merge of sheet.merges ?? []) {
    const [from = "", to = from] = merge.split(":");
    const a = parseCellAddress(from);
    const b = parseCellAddress(to);
    if (!a || !b) throw new Error(`bad merge ${merge} on ${sheet.name}`);
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.column; c <= b.column; c++) {
        if (r === a.row && c === a.column) continue;
        const row = values[r - origin.row];
        if (row && c - origin.column < row.length) row[c - origin.column] = "";
      }
    }
  }
  return {
    name: sheet.name,
    values,
    topLeft: sheet.topLeft ?? "A1",
    ...(sheet.merges ? { merges: [...sheet.merges] } : {}),
  };
}

export async function sampleWorkbook(): Promise<SampleWorkbook> {
  const sample = generateSample();
  const model = buildTemplateModel({
    year: sample.year,
    unitName: String(sample.unitInfo.unitName ?? ""),
    locale: "zh-CN",
  });
  const workbook = writeTemplateWorkbook(model, { unitInfo: sample.unitInfo, rows: sample.rows });
  const bytes = await writeXlsxBuffer(workbook);
  const { sheets } = await readXlsxBuffer(bytes, { file: "sample.xlsx" });
  return { sheets, specs: sheets.map(asExcelHoldsIt), asOf: sample.asOf, year: sample.year, bytes };
}

/** The value of the first sheet's marker cell in a base64 .xlsx handed to Excel.createWorkbook. */
export async function firstSheetMarker(base64: string, address: string): Promise<unknown> {
  const { workbook } = await readXlsxBuffer(new Uint8Array(Buffer.from(base64, "base64")), {
    file: "export.xlsx",
  });
  return workbook.worksheets[0]?.getCell(address).value;
}
