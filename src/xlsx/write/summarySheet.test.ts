import ExcelJS from "exceljs";
import { FINDINGS_LIST_MARKER, SUMMARY_MARKER } from "../../engine/summary/model";
import { findSummarySheets, removeSummarySheets, writeSummarySheet } from "./summarySheet";
import { checkFixture } from "./testing/fixtureWorkbook";
import { roundTrip } from "./testing/roundTrip";

const { summary } = checkFixture("department-q1");

function ledgers(...names: string[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const name of names) workbook.addWorksheet(name).getCell("A1").value = name;
  return workbook;
}

describe("writeSummarySheet", () => {
  test("a new summary goes first and carries the marker", async () => {
    const workbook = ledgers("会议台账", "党费台账");
    expect(writeSummarySheet(workbook, summary)).toBe("汇总表");
    const loaded = await roundTrip(workbook);
    expect(loaded.worksheets.map((s) => s.name)).toEqual([
      "汇总表",
      "问题清单",
      "会议台账",
      "党费台账",
    ]);
    expect(loaded.getWorksheet("汇总表")?.getCell(SUMMARY_MARKER.address).value).toBe(
      SUMMARY_MARKER.value
    );
    expect(loaded.getWorksheet("问题清单")?.getCell(SUMMARY_MARKER.address).value).toBe(
      FINDINGS_LIST_MARKER.value
    );
    expect(findSummarySheets(loaded).map((s) => s.name)).toEqual(["汇总表", "问题清单"]);
  });

  test("our summary is replaced where it stands in the tab order", async () => {
    const workbook = ledgers("会议台账", "党费台账");
    writeSummarySheet(workbook, summary);
    const loaded = await roundTrip(workbook);
    // The user moved our summary to the end and added a sheet of their own.
    const ours = loaded.getWorksheet("汇总表");
    if (!ours) throw new Error("summary missing");
    Reflect.set(ours, "orderNo", 99);
    loaded.addWorksheet("备注").getCell("A1").value = "x";
    const reordered = await roundTrip(loaded);
    expect(reordered.worksheets.map((s) => s.name)).toEqual([
      "问题清单",
      "会议台账",
      "党费台账",
      "汇总表",
      "备注",
    ]);

    writeSummarySheet(reordered, summary);
    expect((await roundTrip(reordered)).worksheets.map((s) => s.name)).toEqual([
      "会议台账",
      "党费台账",
      "汇总表",
      "问题清单",
      "备注",
    ]);
  });

  test("a sheet named 汇总表 without our marker is the user's; names never collide", () => {
    const workbook = ledgers("汇总表", "汇总表（检查结果）", "会议台账");
    expect(writeSummarySheet(workbook, summary)).toBe("汇总表（检查结果2）");
    expect(workbook.getWorksheet("汇总表")?.getCell("A1").value).toBe("汇总表");
    expect(findSummarySheets(workbook).map((s) => s.name)).toEqual([
      "汇总表（检查结果2）",
      "问题清单",
    ]);
  });

  test("beside a user's own 问题清单, ours takes another name and the 汇总表's link follows it", () => {
    const workbook = ledgers("问题清单", "会议台账");
    writeSummarySheet(workbook, summary);
    expect(workbook.getWorksheet("问题清单")?.getCell("A1").value).toBe("问题清单");
    const ours = findSummarySheets(workbook).map((s) => s.name);
    expect(ours).toEqual(["汇总表", "问题清单（检查结果）"]);
    const pointer = summary.cells.find((c) => c.link?.sheet === "问题清单");
    const written = workbook
      .getWorksheet("汇总表")
      ?.getCell(pointer?.row ?? 0, (pointer?.column ?? 0) + 1).value;
    expect(written).toMatchObject({
      formula: expect.stringContaining("#'问题清单（检查结果）'!A1") as unknown,
      result: expect.stringContaining("“问题清单（检查结果）”工作表") as unknown,
    });
  });

  test("the sheet the user had open stays the open one", async () => {
    const workbook = ledgers("会议台账", "党费台账");
    workbook.views = [
      {
        x: 0,
        y: 0,
        width: 10000,
        height: 20000,
        firstSheet: 0,
        activeTab: 1,
        visibility: "visible",
      },
    ];
    writeSummarySheet(workbook, summary);
    expect(workbook.worksheets[workbook.views[0]?.activeTab ?? -1]?.name).toBe("党费台账");
    const loaded = await roundTrip(workbook);
    expect(loaded.worksheets[loaded.views[0]?.activeTab ?? -1]?.name).toBe("党费台账");
    expect(removeSummarySheets(loaded)).toBe(2);
    expect(loaded.worksheets[loaded.views[0]?.activeTab ?? -1]?.name).toBe("党费台账");
  });
});
