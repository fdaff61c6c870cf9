import ExcelJS from "exceljs";
import { departmentSummary } from "../../../test/summaryModel";
import { toLoadInput } from "./loadExcelJs";
import { exportFileName, exportSummaryWorkbook } from "./exportSummaryWorkbook";
import { HostError } from "../hostErrors";
import { SUMMARY_MARKER } from "../../engine/workbook";

async function sheetNamesOf(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(toLoadInput(bytes));
  return workbook.worksheets.map((s) => s.name);
}

describe("exportSummaryWorkbook", () => {
  const model = departmentSummary();

  it("opens the summary and its list alone as a new workbook", async () => {
    let opened = "";
    const download = jest.fn();
    const outcome = await exportSummaryWorkbook(
      model,
      async (base64) => {
        opened = base64;
      },
      download
    );
    expect(outcome).toBe("opened");
    expect(download).not.toHaveBeenCalled();
    const bytes = Uint8Array.from(Buffer.from(opened, "base64"));
    // The 汇总表 with its 问题清单: what is emailed upward.
    expect(await sheetNamesOf(bytes)).toEqual(["汇总表", "问题清单"]);
  });

  it("falls back to a download when Excel cannot open a new workbook", async () => {
    const downloads: { bytes: Uint8Array; fileName: string }[] = [];
    const outcome = await exportSummaryWorkbook(
      model,
      () =>
        Promise.reject(
          new Error("This operation is not allowed due to the extension hardening policy.")
        ),
      (bytes, fileName) => downloads.push({ bytes, fileName })
    );
    expect(outcome).toBe("downloaded");
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    if (!file) throw new Error("no download");
    expect(file.fileName).toBe(exportFileName(model));
    expect(file.fileName).toMatch(/^汇总表.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(toLoadInput(file.bytes));
    expect(workbook.getWorksheet("汇总表")?.getCell(SUMMARY_MARKER.address).value).toBe(
      SUMMARY_MARKER.value
    );
  });

  it("reports clearly when neither opening nor downloading works", async () => {
    const failure = await exportSummaryWorkbook(
      model,
      () => Promise.reject(new Error("no createWorkbook")),
      () => {
        throw new Error("download blocked");
      }
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
  });

  it("names the file safely", () => {
    const data = model.data;
    if (!data) throw new Error("the summary carries its data");
    expect(exportFileName({ ...model, data: { ...data, unitName: "市/某:局?" } })).toBe(
      `汇总表-市_某_局_-${data.year}年度.xlsx`
    );
  });
});
