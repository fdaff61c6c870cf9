import { readWorkbook } from "../read";
import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import { buildTemplateModel } from "./buildTemplateModel";
import { TEMPLATE_FIRST_DATA_ROW, TEMPLATE_HEADER_ROW } from "./layout";
import { templateSheetInput, templateWorkbookInput } from "./sheetInput";
import type { TableLedgerId } from "./types";

const TABLES = LEDGER_SCHEMAS.map((s) => s.id).filter(
  (id): id is TableLedgerId => id !== "unitInfo"
);

describe("templateSheetInput", () => {
  it.each(TABLES)("gives a %s grid the reader recognises with its header in row 2", (ledger) => {
    const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
    const workbook = readWorkbook([templateSheetInput(ledger, [], { year: 2025 })]);
    const sheet = workbook[ledger];
    expect(sheet?.headerRow).toBe(TEMPLATE_HEADER_ROW);
    expect(Object.keys(sheet?.columns ?? {}).sort()).toEqual(
      (schema?.columns ?? []).map((c) => c.field).sort()
    );
    expect(workbook.issues.filter((i) => i.type !== "missing-sheet")).toEqual([]);
  });

  it("places data from row 3 on, padded to the sheet's width", () => {
    const input = templateSheetInput("lectures", [["第一党支部", 45708, "王建国"]], { year: 2025 });
    expect(input.values[0]?.[0]).toBe("党课台账（2025年度）");
    expect(input.values[1]).toEqual([
      "*支部",
      "*授课日期",
      "*授课人",
      "授课人职务",
      "题目",
      "参加人数",
      "学时",
    ]);
    expect(input.values[TEMPLATE_FIRST_DATA_ROW - 1]).toEqual([
      "第一党支部",
      45708,
      "王建国",
      "",
      "",
      "",
      "",
    ]);
    expect(input.merges).toEqual(["A1:G1"]);
    const record = readWorkbook([input]).lectures?.records[0];
    expect(record).toMatchObject({ row: 3, branch: "第一党支部", lecturer: "王建国" });
  });

  it("reads 单位信息 back as given, keeping pre-filled values for keys left out", () => {
    const input = templateSheetInput("unitInfo", [["", "王建国", "", "", "每月15日", "季度"]], {
      year: 2025,
      unitName: "市某某局",
    });
    const info = readWorkbook([input]).unitInfo?.info;
    expect(info).toMatchObject({
      unitName: "市某某局",
      departmentSecretary: "王建国",
      year: 2025,
      collectionDay: 15,
      lectureFrequency: "quarter",
    });
    expect(info?.agencySecretary).toBeUndefined();
  });

  it("reads an empty template's notes as no values and no problems", () => {
    const sheets = templateWorkbookInput(buildTemplateModel());
    const workbook = readWorkbook(sheets);
    expect(workbook.unitInfo?.info).toEqual({ rows: expect.any(Object) });
    expect(workbook.issues).toEqual([]);
    for (const ledger of TABLES) expect(workbook[ledger]?.records).toEqual([]);
  });
});
