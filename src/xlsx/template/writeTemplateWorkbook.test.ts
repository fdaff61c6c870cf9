import ExcelJS from "exceljs";
import { buildTemplateModel, templateSheetOf } from "../../engine/template";
import { writeTemplateWorkbook } from "./writeTemplateWorkbook";
import { writeXlsxBuffer } from "../write/saveXlsx";
import { readXlsxBuffer } from "../read/readXlsx";

async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return (await readXlsxBuffer(await writeXlsxBuffer(workbook))).workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("writeTemplateWorkbook", () => {
  const model = buildTemplateModel({ year: 2025, unitName: "市某某局" });

  it("writes the sheets in the model's order", async () => {
    const workbook = await reread(writeTemplateWorkbook(model));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
  });

  it("writes a merged title, a styled header row, frozen panes and A4 landscape print", async () => {
    const workbook = await reread(writeTemplateWorkbook(model));
    const meetings = sheet(workbook, "会议台账");
    expect(meetings.getCell("A1").value).toBe("会议台账（2025年度）");
    expect(meetings.getCell("M1").isMerged).toBe(true);
    const headers = templateSheetOf(model, "meetings").columns.map((c) => c.label);
    expect(headers.map((_, i) => meetings.getCell(2, i + 1).value)).toEqual(headers);
    expect(meetings.getCell("A2").font?.bold).toBe(true);
    expect(meetings.getCell("A2").alignment).toMatchObject({
      horizontal: "center",
      wrapText: true,
    });
    expect(meetings.getCell("A2").border?.bottom?.style).toBe("thin");
    expect(meetings.getCell("A2").fill).toMatchObject({ fgColor: { argb: "FFFCE4D6" } });
    expect(meetings.getCell("D2").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    expect(meetings.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(meetings.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(meetings.getColumn(5).width).toBe(templateSheetOf(model, "meetings").columns[4]?.width);
  });

  it("shows grey example rows in a blank template, marked right of the table", async () => {
    const workbook = await reread(writeTemplateWorkbook(model));
    const meetings = sheet(workbook, "会议台账");
    const width = templateSheetOf(model, "meetings").columns.length;
    expect(meetings.getCell("A3").value).toBe("（示例）第一党支部");
    expect(meetings.getCell("B3").value).toBe("支部党员大会、党课");
    expect(meetings.getCell("C3").value).toEqual(new Date(Date.UTC(2025, 2, 5)));
    expect(meetings.getCell("C3").numFmt).toBe("yyyy-mm-dd");
    expect(meetings.getCell(3, width + 1).value).toMatch(/^【示例】/);
    expect(meetings.getCell(4, width + 1).value).toMatch(/^【示例】/);
    expect(meetings.getCell(5, width + 1).value).toBeNull();
    expect(meetings.getCell("A3").font?.color).toEqual({ argb: "FF7F7F7F" });
    const filled = await reread(
      writeTemplateWorkbook(model, { rows: { meetings: [["第一党支部", "党课", 45722]] } })
    );
    expect(sheet(filled, "会议台账").getCell(3, width + 1).value).toBeNull();
    expect(sheet(filled, "会议台账").getCell("A3").value).toBe("第一党支部");
  });

  it("puts number formats and validations on the data area", async () => {
    const workbook = await reread(writeTemplateWorkbook(model));
    const dues = sheet(workbook, "党费台账");
    expect(dues.getCell("I3").numFmt).toBe("yyyy-mm-dd");
    expect(dues.getCell("H500").numFmt).toBe("#,##0.00");
    expect(dues.getCell("F3").numFmt).toBe("0.0%");
    expect(dues.getCell("A5000").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'支部信息'!$A$3:$A$5000"],
      errorStyle: "warning",
    });
    expect(dues.getCell("C3").dataValidation?.formulae).toEqual([
      '"在职,离退休,学生,下岗失业,低保,农民,其他"',
    ]);
    expect(dues.getCell("A2").dataValidation).toBeUndefined();
    expect(dues.getCell("A5001").dataValidation).toBeUndefined();
  });

  it("pre-fills 单位信息 in the order 项目 | 填写内容 | 说明", async () => {
    const workbook = await reread(writeTemplateWorkbook(model));
    const unit = sheet(workbook, "单位信息");
    expect(unit.getRow(2).values).toEqual([undefined, "项目", "填写内容", "说明"]);
    expect(unit.getCell("A3").value).toBe("单位名称");
    expect(unit.getCell("B3").value).toBe("市某某局");
    expect(String(unit.getCell("C3").value)).toContain("本单位全称");
    expect(unit.getCell("A6").value).toBe("年度");
    expect(unit.getCell("B6").value).toBe(2025);
    expect(unit.getCell("B4").value).toBeNull();
    expect(unit.getCell("B8").dataValidation?.formulae).toEqual(['"季度,半年,年"']);
  });

  it("writes data rows by kind: dates as dates, numbers as numbers, text as text", async () => {
    const rows = [["第一党支部", "=1+1", "-3", "+86", 12000, 0.02, 240, 240, 45672, "@备注"]];
    const dues = sheet(
      await reread(writeTemplateWorkbook(model, { rows: { dues: rows } })),
      "党费台账"
    );
    expect(dues.getCell("B3").value).toBe("=1+1");
    expect(dues.getCell("B3").type).toBe(ExcelJS.ValueType.String);
    expect(dues.getCell("C3").value).toBe("-3");
    expect(dues.getCell("D3").value).toBe("+86");
    expect(dues.getCell("E3").value).toBe(12000);
    expect(dues.getCell("F3").value).toBe(0.02);
    expect(dues.getCell("H3").value).toBe(240);
    expect(dues.getCell("I3").value).toEqual(new Date(Date.UTC(2025, 0, 15)));
    expect(dues.getCell("J3").value).toBe("@备注");
    const lecture = sheet(
      await reread(
        writeTemplateWorkbook(model, {
          rows: {
            lectures: [
              ["第一党支部", 45708, "王建国"],
              ["第一党支部", "2025年3月", "李明"],
            ],
          },
        })
      ),
      "党课台账"
    );
    expect(lecture.getCell("B3").value).toEqual(new Date(Date.UTC(2025, 1, 20)));
    expect(lecture.getCell("B3").numFmt).toBe("yyyy-mm-dd");
    expect(lecture.getCell("B4").value).toBe("2025年3月");
  });

  it("writes 填表说明 with wrapped text and fitted heights", async () => {
    const workbook = await reread(writeTemplateWorkbook(model));
    const doc = sheet(workbook, "填表说明");
    expect(doc.getCell("A1").value).toBe("市某某局党建台账填表说明（2025年度）");
    expect(doc.getCell("A3").alignment?.wrapText).toBe(true);
    expect(doc.getCell("D3").isMerged).toBe(true);
    expect(doc.getColumn(3).width).toBeGreaterThan(40);
    const instructions = model.sheets[0];
    if (instructions?.kind !== "instructions") throw new Error("填表说明 is not first");
    expect(doc.getRow(3).height).toBe(instructions.rows[2]?.height);
  });
});
