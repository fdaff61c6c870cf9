import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTemplateModel, templateWorkbookInput } from "../../engine/template";
import { afterYear, completeYearData } from "../../engine/testing/completeYearData";
import { readXlsxFile } from "../read/readXlsx";
import { writeTemplateWorkbook } from "./writeTemplateWorkbook";
import { writeXlsxFile } from "../write/saveXlsx";
import { checkWorkbook, readWorkbook } from "../../engine";

describe("a filled-in template written to .xlsx and read back", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "template-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("checks with no finding and reads exactly as the grids it was written from", async () => {
    const year = 2025;
    const data = completeYearData(year);
    const model = buildTemplateModel({ year, unitName: "市某某局" });
    const file = join(dir, "filled.xlsx");
    await writeXlsxFile(writeTemplateWorkbook(model, data), file);

    const book = await readXlsxFile(file);
    expect(book.sheets.map((s) => s.name)).toEqual(model.sheets.map((s) => s.name));
    const result = checkWorkbook(book.sheets, { asOf: afterYear(year) });
    expect(result.workbook.issues).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(result.errors).toEqual([]);

    expect(readWorkbook(book.sheets)).toEqual(readWorkbook(templateWorkbookInput(model, data)));
  });

  it("gives back every written cell value, cell by cell", async () => {
    const year = 2024;
    const data = completeYearData(year);
    const model = buildTemplateModel({ year });
    const file = join(dir, "cells.xlsx");
    await writeXlsxFile(writeTemplateWorkbook(model, data), file);
    const book = await readXlsxFile(file);
    for (const expected of templateWorkbookInput(model, data)) {
      const actual = book.sheets.find((s) => s.name === expected.name);
      expected.values.forEach((row, r) =>
        row.forEach((value, c) => {
          // A merged title repeats nowhere in the file: only its first cell holds it.
          if (r === 0 && c > 0) return;
          expect([expected.name, r + 1, c + 1, actual?.values[r]?.[c] ?? ""]).toEqual([
            expected.name,
            r + 1,
            c + 1,
            value,
          ]);
        })
      );
    }
  });
});
