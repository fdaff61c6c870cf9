import ExcelJS from "exceljs";
import type { TemplateValidation } from "../../engine/template";
import { addRangeValidation, toExcelValidation } from "./dataValidation";
import { writeXlsxBuffer } from "../write/saveXlsx";
import { readXlsxBuffer } from "../read/readXlsx";

const base: Omit<TemplateValidation, "rule"> = {
  promptTitle: "标题",
  prompt: "提示",
  errorTitle: "请核对",
  error: "错误",
  errorStyle: "warning",
};

describe("toExcelValidation", () => {
  it("quotes inline lists and keeps range lists as references", () => {
    expect(
      toExcelValidation({ ...base, rule: { type: "list", values: ["是", "否"] } })
    ).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
      errorStyle: "warning",
      showErrorMessage: true,
      showInputMessage: true,
      allowBlank: true,
      prompt: "提示",
    });
    const range = toExcelValidation({
      ...base,
      rule: { type: "list-range", range: "'支部信息'!$A$3:$A$5000" },
    });
    expect(range.formulae).toEqual(["'支部信息'!$A$3:$A$5000"]);
  });

  it("bounds dates and numbers", () => {
    const date = toExcelValidation({ ...base, rule: { type: "date", min: 18264, max: 73415 } });
    expect(date).toMatchObject({ type: "date", operator: "between" });
    expect(date.formulae).toEqual([
      new Date(Date.UTC(1950, 0, 1)),
      new Date(Date.UTC(2100, 11, 31)),
    ]);
    expect(toExcelValidation({ ...base, rule: { type: "decimal", min: 0 } })).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    expect(toExcelValidation({ ...base, rule: { type: "whole", min: 1, max: 10 } })).toMatchObject({
      operator: "between",
      formulae: [1, 10],
    });
    expect(toExcelValidation({ ...base, rule: { type: "text-length", max: 20 } })).toMatchObject({
      type: "textLength",
      operator: "lessThanOrEqual",
      formulae: [20],
    });
  });

  it("applies to a whole range as one rule", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("s");
    addRangeValidation(
      sheet,
      { column: 1, firstRow: 3, lastRow: 6 },
      toExcelValidation({ ...base, rule: { type: "list", values: ["是", "否"] } })
    );
    const { workbook: reread } = await readXlsxBuffer(await writeXlsxBuffer(workbook));
    const cell = (address: string) => reread.getWorksheet("s")?.getCell(address).dataValidation;
    expect(cell("B3")?.formulae).toEqual(['"是,否"']);
    expect(cell("B6")?.errorStyle).toBe("warning");
    expect(cell("B7")).toBeUndefined();
    expect(cell("A3")).toBeUndefined();
  });
});
