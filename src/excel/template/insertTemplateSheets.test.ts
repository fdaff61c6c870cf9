import { buildTemplateModel, templateSheetOf } from "../../engine/template";
import { createFakeExcel, type FakeExcel } from "../../../test/excel/fakeExcel";
import { createFakeBook } from "../../../test/excel/fakeExcelExtras";
import { insertTemplateSheets } from "./insertTemplateSheets";
import { HostError } from "../hostErrors";

const model = buildTemplateModel({ year: 2025, unitName: "市某某局" });
const allNames = model.sheets.map((s) => s.name);

describe("insertTemplateSheets", () => {
  it("adds every standard sheet to a workbook that has none, formatted as the .xlsx template", async () => {
    const fake = createFakeBook({ sheets: [{ name: "Sheet1", values: [["备忘"]] }] });
    const before = fake.snapshot("Sheet1");
    const outcome = await insertTemplateSheets(fake.context, model);

    expect(outcome).toEqual({ inserted: allNames, existing: [] });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...allNames]);
    expect(fake.snapshot("Sheet1")).toBe(before);

    const meetings = templateSheetOf(model, "meetings");
    const sheet = fake.sheet(meetings.name);
    const last = meetings.columns.length;
    expect(fake.cell(meetings.name, "A1")?.value).toBe(meetings.title);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: last }]);
    meetings.columns.forEach((column, i) => {
      const header = sheet.cells.get(`2,${i + 1}`);
      expect(header?.value).toBe(column.label);
      expect(header?.format["fill.color"]).toBe(
        column.required ? model.styles.headerRequired.fill : model.styles.header.fill
      );
      expect(sheet.cells.get(`3,${i + 1}`)?.numberFormat).toBe(column.numberFormat);
      expect(sheet.cells.get(`${meetings.lastFormattedRow},${i + 1}`)?.numberFormat).toBe(
        column.numberFormat
      );
      const validation = sheet.cells.get(`3,${i + 1}`)?.validation;
      if (column.validation) {
        expect(validation?.prompt).toEqual({
          showPrompt: true,
          title: column.validation.promptTitle,
          message: column.validation.prompt,
        });
        expect(validation?.errorAlert).toMatchObject({ style: "Warning" });
      } else expect(validation ?? null).toBeNull();
    });
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.rowHeights.get(2)).toBe(meetings.headerHeight);
    expect(sheet.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$2",
      centerHorizontally: true,
    });
    expect(fake.cell(meetings.name, "A1")?.format["font.name"]).toBe("等线");
    // The grey example rows, as the .xlsx template has them, marked right of the table.
    expect(fake.cell(meetings.name, "A3")?.value).toBe("（示例）第一党支部");
    expect(fake.cell(meetings.name, "A3")?.format["font.color"]).toBe(
      model.styles.example.font.colour
    );
    expect(sheet.cells.get(`3,${last + 1}`)?.value).toBe(meetings.exampleMarker);
    expect(sheet.cells.get(`4,${last + 1}`)?.value).toBe(meetings.exampleMarker);
  });

  it("offers drop-down lists on the list columns", async () => {
    const fake = createFakeBook({ sheets: [{ name: "Sheet1" }] });
    await insertTemplateSheets(fake.context, model);
    const meetings = templateSheetOf(model, "meetings");
    const index = meetings.columns.findIndex((c) => c.validation?.rule.type === "list");
    expect(index).toBeGreaterThanOrEqual(0);
    const rule = fake.sheet(meetings.name).cells.get(`3,${index + 1}`)?.validation?.rule;
    const listRule = meetings.columns[index]?.validation?.rule;
    if (listRule?.type !== "list") throw new Error("expected a list rule");
    expect(rule).toEqual({ list: { inCellDropDown: true, source: listRule.values.join(",") } });
  });

  it("fills 单位信息 with the model's values, and keeps the unit name as text", async () => {
    const named = buildTemplateModel({ year: 2025, unitName: "=某局" });
    const fake = createFakeBook({ sheets: [{ name: "Sheet1" }] });
    await insertTemplateSheets(fake.context, named);
    const unitInfo = templateSheetOf(named, "unitInfo");
    const nameEntry = unitInfo.entries.find((e) => e.key === "unitName");
    if (!nameEntry) throw new Error("no unit name entry");
    const cell = fake
      .sheet(unitInfo.name)
      .cells.get(`${nameEntry.row},${unitInfo.valueColumn + 1}`);
    expect(cell).toMatchObject({ value: "=某局", numberFormat: "@", formula: false });
    const yearEntry = unitInfo.entries.find((e) => e.key === "year");
    const year = yearEntry
      ? fake.sheet(unitInfo.name).cells.get(`${yearEntry.row},${unitInfo.valueColumn + 1}`)
      : undefined;
    expect(year).toMatchObject({ value: 2025, numberFormat: "0" });
  });

  it("adds only the missing sheets and never touches an existing one, by name or alias", async () => {
    const fake = createFakeBook({
      sheets: [
        { name: "会议台账", values: [["会议日期"], ["2025-01-05"]] },
        { name: "党员花名册", values: [["姓名"], ["张三"]] },
        { name: "填表说明", values: [["我们自己的说明"]] },
      ],
    });
    const before = ["会议台账", "党员花名册", "填表说明"].map((n) => fake.snapshot(n));
    const outcome = await insertTemplateSheets(fake.context, model);
    const members = templateSheetOf(model, "members").name;
    expect(outcome.existing.sort()).toEqual(["会议台账", "填表说明", members].sort());
    expect(outcome.inserted).toEqual(allNames.filter((n) => !outcome.existing.includes(n)));
    expect(["会议台账", "党员花名册", "填表说明"].map((n) => fake.snapshot(n))).toEqual(before);
    expect(fake.state.sheets.filter((s) => s.name === "会议台账")).toHaveLength(1);
  });

  it("does nothing when every sheet is there", async () => {
    const fake = createFakeBook({ sheets: allNames.map((name) => ({ name })) });
    expect(await insertTemplateSheets(fake.context, model)).toEqual({
      inserted: [],
      existing: allNames,
    });
    expect(fake.stats.syncs).toBe(2);
  });

  it("inserts in a bounded number of syncs", async () => {
    const fake = createFakeBook({ sheets: [{ name: "Sheet1" }] });
    await insertTemplateSheets(fake.context, model);
    expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    for (const request of fake.stats.requests) expect(request.bytes).toBeLessThan(5_000_000);
  });

  it("says clearly when the workbook's structure is protected", async () => {
    const fake = createFakeBook({ sheets: [{ name: "Sheet1" }], structureProtected: true });
    await expect(insertTemplateSheets(fake.context, model)).rejects.toThrow(HostError);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("insertTemplateSheets: the 支部 drop-down's source (strict fake Excel)", () => {
  /** The list source of the 支部 column of an inserted 会议台账. */
  function branchSource(fake: FakeExcel): unknown {
    const meetings = templateSheetOf(model, "meetings");
    const column = meetings.columns.findIndex((c) => c.validation?.rule.type === "list-range");
    const letter = String.fromCharCode(65 + column);
    const write = fake
      .sheet(meetings.name)
      .layout.formatWrites.find(
        (w) => w.property === "dataValidation.rule" && w.address.startsWith(`${letter}3:`)
      );
    return (write?.value as { list?: { source?: unknown } } | undefined)?.list?.source;
  }

  it("points at 支部信息 when the template inserts it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["备忘"]] }] });
    await insertTemplateSheets(fake.context, model);
    expect(branchSource(fake)).toBe("='支部信息'!$A$3:$A$5000");
  });

  it("points at the branch sheet that is there under another name, at its 支部名称 column", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "支部名册",
          values: [
            ["2025年支部名册", "", ""],
            ["序号", "支部名称", "书记"],
            [1, "第一党支部", "张三"],
          ],
        },
      ],
    });
    const before = fake.snapshot();
    const outcome = await insertTemplateSheets(fake.context, model);
    expect(outcome.existing).toContain("支部信息");
    expect(fake.state.sheets.map((s) => s.name)).not.toContain("支部信息");
    expect(branchSource(fake)).toBe("='支部名册'!$B$3:$B$5000");
    expect(fake.snapshot()[0]).toEqual(before[0]);
  });

  it("quotes a sheet name as Excel wants it", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "O'Neil 支部信息",
          values: [
            ["支部名称", "书记"],
            ["第一党支部", "张三"],
          ],
        },
      ],
    });
    await insertTemplateSheets(fake.context, model);
    expect(branchSource(fake)).toBe("='O''Neil 支部信息'!$A$2:$A$5000");
  });
});
