import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { ACKNOWLEDGEMENTS_KEY, SETTINGS_KEY } from "../../engine/config/stored";
import { withWebExtension } from "../../../test/fixtures/webExtensionSettings";
import { streamXlsxBook } from "./streamSheets";
import { tempFolder, writeWorkbook } from "./testSupport";

const folder = tempFolder("xlsx-stored-settings");
afterAll(() => folder.cleanup());

const explained = { key: "k\u001fv", reason: "经机关党委同意", date: "2025-01-10" };

async function plainWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("会议台账").getCell("A1").value = "支部";
  return writeWorkbook(workbook, folder.path(name));
}

async function withProperties(name: string, properties: Record<string, unknown>, id?: string) {
  const path = await plainWorkbook(name);
  writeFileSync(path, withWebExtension(readFileSync(path), { properties, ...(id ? { id } : {}) }));
  return path;
}

describe("settings the add-in stored in a workbook", () => {
  it("are read from the web-extension part as the add-in stored them", async () => {
    // The add-in stores JSON text; Office serialises that string once more into the part.
    const path = await withProperties("stored.xlsx", {
      [SETTINGS_KEY]: JSON.stringify({
        asOf: "2024-12-31",
        rules: { "dues-rate": { enabled: false } },
      }),
      [ACKNOWLEDGEMENTS_KEY]: JSON.stringify([explained]),
      "Office.AutoShowTaskpaneWithDocument": true,
    });
    const { stored, sheets } = await streamXlsxBook(path);
    expect(sheets.map((s) => s.name)).toEqual(["会议台账"]);
    expect(stored).toEqual({
      settings: { asOf: "2024-12-31", rules: { "dues-rate": { enabled: false } } },
      acknowledgements: [explained],
    });
  });

  it("read as none without the part, and keep only what is valid", async () => {
    expect((await streamXlsxBook(await plainWorkbook("plain.xlsx"))).stored).toEqual({
      settings: {},
      acknowledgements: [],
    });
    const path = await withProperties("garbage.xlsx", {
      [SETTINGS_KEY]: "{not json",
      [ACKNOWLEDGEMENTS_KEY]: JSON.stringify([explained, { key: 1 }, "x"]),
    });
    expect((await streamXlsxBook(path)).stored).toEqual({
      settings: {},
      acknowledgements: [explained],
    });
  });

  it("ignore another add-in's properties", async () => {
    const path = await withProperties(
      "other.xlsx",
      { "Other.settings": JSON.stringify({ asOf: "2024-12-31" }) },
      "11111111-2222-3333-4444-555555555555"
    );
    expect((await streamXlsxBook(path)).stored.settings).toEqual({});
  });
});
