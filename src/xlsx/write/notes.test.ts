import ExcelJS from "exceljs";
import { NOTE_HEADER, NOTE_SEPARATOR } from "./markers";
import { addNote, stripNote } from "./notes";
import { roundTrip } from "./testing/roundTrip";

function cellIn(): ExcelJS.Cell {
  const cell = new ExcelJS.Workbook().addWorksheet("会议台账").getCell("A2");
  cell.value = "第一党支部";
  return cell;
}

describe("addNote / stripNote", () => {
  test("a cell without a note gets ours, headed by the visible marker line", () => {
    const cell = cellIn();
    addNote(cell, "【不符合】问题");
    expect(cell.note).toEqual({
      texts: [{ text: NOTE_HEADER, font: { bold: true } }, { text: "\n【不符合】问题" }],
    });
    expect(stripNote(cell)).toBe(true);
    expect(cell.note).toBeUndefined();
  });

  test("a plain user note stays a string, with our block after the separator", () => {
    const cell = cellIn();
    cell.note = "已核实\n见附件";
    addNote(cell, "【提示】问题");
    expect(cell.note).toBe(`已核实\n见附件${NOTE_SEPARATOR}【提示】问题`);
    expect(stripNote(cell)).toBe(true);
    expect(cell.note).toBe("已核实\n见附件");
  });

  test("a rich user note keeps its runs and its other settings", () => {
    const cell = cellIn();
    const note: ExcelJS.Comment = {
      texts: [
        { text: "李四:", font: { bold: true, name: "宋体", size: 9 } },
        { text: "\n待补签到表", font: { italic: true } },
      ],
      editAs: "twoCells",
    };
    cell.note = note;
    addNote(cell, "【不符合】问题");
    expect(stripNote(cell)).toBe(true);
    expect(cell.note).toEqual(note);
  });

  test("a note that is not ours is left alone, even if it mentions the product", () => {
    const cell = cellIn();
    cell.note = `问过${NOTE_HEADER}了`;
    expect(stripNote(cell)).toBe(false);
    expect(cell.note).toBe(`问过${NOTE_HEADER}了`);
  });

  test("our note on every kind of cell is gone after clearing and saving", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    const values: ExcelJS.CellValue[] = [
      "text",
      42,
      true,
      new Date(Date.UTC(2024, 0, 2)),
      { formula: "1+1", result: 2 },
      { richText: [{ text: "rich", font: { bold: true } }] },
      { text: "link", hyperlink: "https://example.org/" },
    ];
    values.forEach((value, i) => {
      sheet.getCell(1, i + 1).value = value;
      addNote(sheet.getCell(1, i + 1), `第${i + 1}列`);
    });
    const loaded = await roundTrip(workbook);
    const row = loaded.getWorksheet("S")?.getRow(1);
    values.forEach((_, i) => expect(stripNote(row?.getCell(i + 1) as ExcelJS.Cell)).toBe(true));
    const again = (await roundTrip(loaded)).getWorksheet("S")?.getRow(1);
    values.forEach((_, i) => expect(again?.getCell(i + 1).note).toBeUndefined());
  });
});
