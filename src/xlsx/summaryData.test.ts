import ExcelJS from "exceljs";
import { findSummarySheets, readSummaryData } from "./summaryData";
import { writeSheetModel } from "./write";
import { checkFixture } from "./write/testing/fixtureWorkbook";
import { SUMMARY_MARKER } from "../engine/workbook";

describe("findSummarySheets", () => {
  test("a sheet is ours by the marker in its cell, never by its name", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("汇总表").getCell("A1").value = "单位自己的汇总表";
    const ours = workbook.addWorksheet("汇总表（检查结果）");
    ours.getCell(SUMMARY_MARKER.address).value = SUMMARY_MARKER.value;
    expect(findSummarySheets(workbook).map((s) => s.name)).toEqual(["汇总表（检查结果）"]);
  });

  test("the summary's figures are read from the marked sheet", () => {
    const { summary } = checkFixture("department-q1");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("汇总表").getCell("A1").value = "单位自己的汇总表";
    writeSheetModel(workbook.addWorksheet("汇总表（检查结果）"), summary);
    expect(readSummaryData(workbook)).toEqual({
      sheet: "汇总表（检查结果）",
      result: { ok: true, data: summary.data },
    });
  });
});
