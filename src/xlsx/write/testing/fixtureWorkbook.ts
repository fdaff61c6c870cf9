import ExcelJS from "exceljs";
import { loadFixture } from "../../../../test/fixtures/loadFixture";
import {
  type SheetInput,
  parseCellAddress,
  checkWorkbook,
  summarize,
  type CheckResult,
  type SummarySheet,
} from "../../../engine";

/** Grids as an ExcelJS workbook, cell by cell, at their used range's place; "" cells stay empty. */
export function workbookFromGrids(sheets: readonly SheetInput[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const input of sheets) {
    const sheet = workbook.addWorksheet(input.name);
    const origin = parseCellAddress(input.topLeft ?? "A1") ?? { row: 1, column: 0 };
    input.values.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value !== "") sheet.getCell(origin.row + r, origin.column + c + 1).value = value;
      })
    );
    for (const merge of input.merges ?? []) sheet.mergeCells(merge);
  }
  return workbook;
}

export interface CheckedFixture {
  sheets: SheetInput[];
  result: CheckResult;
  summary: SummarySheet;
}

/** Checks a golden fixture's grids (optionally edited) the way the command line will. */
export function checkFixture(
  name: string,
  edit: (sheets: SheetInput[]) => SheetInput[] = (sheets) => sheets
): CheckedFixture {
  const fixture = loadFixture(name);
  const sheets = edit(fixture.sheets);
  const result = checkWorkbook(sheets, fixture.options);
  const summary = summarize(result, { checkedAt: "2024-04-10 10:30", version: "0.1.0" });
  return { sheets, result, summary };
}
