import ExcelJS from "exceljs";
import { hyperlinkFormula } from "./hyperlinkFormula";
import { writeSheetModel } from "./sheetModel";
import { checkFixture } from "./testing/fixtureWorkbook";
import { roundTrip, savedBytes } from "./testing/roundTrip";
import { zipEntryText } from "./testing/zipEntry";
import { type SheetInput, cellAddress } from "../../engine";
import { modelSheets } from "../../engine/workbook";

/** Ledger text that a spreadsheet would take for a formula if it were written carelessly. */
const FORMULA_LIKE = ["=SUM(A1)", "+86-21-12345678", "-5", "@x"];

/** department-q1 with four lecture rows whose branch is formula-like text. */
function withFormulaLikeBranches(sheets: SheetInput[]): SheetInput[] {
  return sheets.map((sheet) =>
    sheet.name === "党课台账"
      ? {
          ...sheet,
          values: [
            ...sheet.values,
            ...FORMULA_LIKE.map((branch, i) => [
              branch,
              `2024-03-0${i + 1}`,
              "王五",
              "",
              "",
              "",
              "",
            ]),
          ],
        }
      : sheet
  );
}

const checked = checkFixture("department-q1", withFormulaLikeBranches).summary;
/** The 汇总表 and its 问题清单, where the ledger text and the row links are. */
const sheets = modelSheets(checked);

async function written(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  for (const model of sheets) writeSheetModel(workbook.addWorksheet(model.name), model);
  return workbook;
}

describe.each(sheets.map((model) => [model.name, model] as const))(
  "writeSheetModel: %s",
  (_, summary) => {
    test("every cell's value survives a save; links become HYPERLINK formulas", async () => {
      const sheet = (await roundTrip(await written())).getWorksheet(summary.name);
      const covered = new Set(
        summary.merges.flatMap((m) => {
          const cells: string[] = [];
          for (let r = m.firstRow; r <= m.lastRow; r++)
            for (let c = m.firstColumn; c <= m.lastColumn; c++)
              if (r !== m.firstRow || c !== m.firstColumn) cells.push(cellAddress(r, c));
          return cells;
        })
      );
      let links = 0;
      for (const cell of summary.cells) {
        const address = cellAddress(cell.row, cell.column);
        if (covered.has(address)) continue;
        const value = sheet?.getCell(address).value;
        if (cell.link) {
          links++;
          expect(value).toEqual({
            formula: hyperlinkFormula(cell.link, cell.value),
            result: cell.value,
          });
        } else if (cell.value === "") {
          expect(value ?? "").toBe("");
        } else {
          expect({ address, value }).toEqual({ address, value: cell.value });
        }
      }
      expect(links).toBeGreaterThan(0);
    });

    test("formula-like ledger text is stored as shared strings, never as formulas", async () => {
      const texts = sheets
        .flatMap((m) => m.cells.map((c) => c.value))
        .filter((v) => typeof v === "string");
      for (const text of FORMULA_LIKE) expect(texts).toContain(text);

      const bytes = await savedBytes(await written());
      const sheetXml = `${zipEntryText(bytes, "xl/worksheets/sheet1.xml") ?? ""}${zipEntryText(bytes, "xl/worksheets/sheet2.xml") ?? ""}`;
      const sharedStrings = zipEntryText(bytes, "xl/sharedStrings.xml") ?? "";
      const formulas = [...sheetXml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
      expect(formulas.length).toBeGreaterThan(0);
      for (const formula of formulas) expect(formula).toMatch(/^HYPERLINK\(/);
      for (const text of FORMULA_LIKE) expect(sharedStrings).toContain(`<t>${text}</t>`);

      const sheet = (await roundTrip(await written())).getWorksheet(summary.name);
      for (const cell of summary.cells.filter((c) => FORMULA_LIKE.includes(String(c.value)))) {
        const read = sheet?.getCell(cell.row, cell.column + 1);
        expect(read?.type).toBe(ExcelJS.ValueType.String);
        expect(read?.value).toBe(cell.value);
      }
    });

    test("merges, widths, hidden columns, heights, frozen rows and print setup", async () => {
      const sheet = (await roundTrip(await written())).getWorksheet(summary.name);
      expect([...(sheet?.model.merges ?? [])].sort()).toEqual(
        summary.merges.map((m) => m.address).sort()
      );
      // ExcelJS leaves 9-wide columns out; the sheet's default width covers them.
      expect(sheet?.properties.defaultColWidth).toBe(9);
      summary.columnWidths.forEach((width, i) =>
        expect(sheet?.getColumn(i + 1).width ?? sheet?.properties.defaultColWidth).toBe(width)
      );
      for (const column of summary.hiddenColumns)
        expect(sheet?.getColumn(column + 1).hidden).toBe(true);
      expect(sheet?.getColumn(1).hidden).toBe(false);
      // Excel's limit is 409 points; the model may ask for more (its hidden data column).
      for (const { row, height } of summary.rowHeights)
        expect(sheet?.getRow(row).height).toBe(Math.min(height, 409));
      // Text in a hidden column never wraps, so it cannot stretch rows nobody sees it in.
      for (const cell of summary.cells.filter((c) => summary.hiddenColumns.includes(c.column)))
        expect(sheet?.getCell(cell.row, cell.column + 1).alignment?.wrapText).not.toBe(true);
      expect(sheet?.views[0]).toMatchObject({
        state: "frozen",
        xSplit: 0,
        ySplit: summary.freeze.rows,
      });
      expect(sheet?.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printArea: summary.print.printArea,
        printTitlesRow: summary.print.printTitleRows,
      });
      // The 问题清单 can be filtered and sorted; the 汇总表 has no filter.
      expect(sheet?.autoFilter ?? undefined).toEqual(summary.autoFilter);
    });

    test("named styles become fonts, fills, alignment, wrap, borders and number formats", async () => {
      const summary = checked;
      const sheet = (await roundTrip(await written())).getWorksheet(summary.name);
      const header = summary.cells.find((c) => c.style === "header");
      const rate = summary.cells.find((c) => c.numberFormat);
      const title = summary.cells.find((c) => c.style === "title");
      if (!header || !rate || !title) throw new Error("the summary lacks a header, rate or title");
      const h = sheet?.getCell(header.row, header.column + 1);
      expect(h?.font).toMatchObject({ bold: true });
      expect(h?.fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFD9E1F2" },
      });
      expect(h?.alignment).toMatchObject({
        horizontal: "center",
        vertical: "middle",
        wrapText: true,
      });
      expect(h?.border?.top).toEqual({ style: "thin", color: { argb: "FFBFBFBF" } });
      expect(sheet?.getCell(rate.row, rate.column + 1).numFmt).toBe(rate.numberFormat);
      expect(sheet?.getCell(title.row, title.column + 1).font).toMatchObject({
        bold: true,
        size: 16,
      });
    });
  }
);
