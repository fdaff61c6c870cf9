import ExcelJS from "exceljs";
import { mergeDisjoint } from "./exceljsGuards";
import { type MergeArea } from "../../engine/workbook";

const area = (address: string, top: number, left: number, bottom: number, right: number) =>
  ({
    address,
    firstRow: top,
    firstColumn: left,
    lastRow: bottom,
    lastColumn: right,
  }) satisfies MergeArea;

describe("mergeDisjoint", () => {
  test("merges like ExcelJS's mergeCells: the same areas, cells tied to their master", () => {
    const areas = [area("A1:C1", 1, 0, 1, 2), area("A2:A3", 2, 0, 3, 0), area("B2:C3", 2, 1, 3, 2)];
    const ours = new ExcelJS.Workbook().addWorksheet("x");
    const theirs = new ExcelJS.Workbook().addWorksheet("x");
    mergeDisjoint(ours, areas);
    for (const a of areas) theirs.mergeCells(a.address);
    expect(ours.model.merges).toEqual(theirs.model.merges);
    expect(ours.getCell("C3").isMerged).toBe(true);
    expect(ours.getCell("C3").master.address).toBe("B2");
  });

  test("refuses overlapping areas before merging anything", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("x");
    expect(() =>
      mergeDisjoint(sheet, [area("A1:B2", 1, 0, 2, 1), area("B2:C3", 2, 1, 3, 2)])
    ).toThrow(/already merged/);
    expect(sheet.model.merges).toEqual([]);
  });

  test("a sheet with merges of its own takes ExcelJS's checked path", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("x");
    sheet.mergeCells("B2:C3");
    expect(() => mergeDisjoint(sheet, [area("A1:B2", 1, 0, 2, 1)])).toThrow(/already merged/);
    mergeDisjoint(sheet, [area("E5:F5", 5, 4, 5, 5)]);
    expect(sheet.model.merges).toEqual(["B2:C3", "E5:F5"]);
  });
});
