import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { workbookFromGrids } from "../write/testing/fixtureWorkbook";
import { writeXlsxBuffer } from "../write/saveXlsx";
import { readAddinProperty, type AddinReference } from "./addinSettings";
import { portableCodec } from "./codec";
import { gridColumns } from "./gridColumns";
import { OoxmlPackage } from "./ooxmlPackage";
import { checkPackage, clearPackage } from "./packageCheck";
import { checkWorkbook, summarize } from "../../engine";

const ADDIN: AddinReference = {
  id: "6f1d3c2e-8a4b-4e52-9c1d-2b7e5a9f0c31",
  version: "0.1.0.0",
  store: "EXCatalog",
  storeType: "EXCatalog",
};
const KEY = "PartyLedgerCheck.settings";
/** As office.js stores the add-in's setting: JSON text of the JSON string the add-in sets. */
const VALUE = JSON.stringify(JSON.stringify({ asOf: "2024-12-31", year: 2024 }));

const SHEETS = [
  {
    name: "会议台账",
    values: [
      ["支部", "会议日期", "会议类型", "会议主题", "应到人数", "实到人数"],
      ["第一党支部", "2024-03-05", "支部党员大会", "学习", 10, 9],
    ],
  },
];

async function checked(input: Uint8Array, value = VALUE) {
  const result = checkWorkbook(SHEETS, { asOf: "2024-12-31" });
  const summary = summarize(result, { checkedAt: "2025-01-05 10:30", version: "0.1.0" });
  const patch = {
    plan: result.highlights,
    summary,
    ...gridColumns(SHEETS),
    addinSetting: { reference: ADDIN, name: KEY, value },
  };
  return (await checkPackage(input, patch, portableCodec)).bytes;
}

const parts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)])
  );

const pack = (texts: Record<string, string>): Uint8Array => {
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(texts)) zippable[name] = strToU8(text);
  return zipSync(zippable);
};

async function setting(bytes: Uint8Array): Promise<string | undefined> {
  return readAddinProperty(await OoxmlPackage.open(bytes, portableCodec), ADDIN.id, KEY);
}

describe("the add-in's settings in a checked copy", () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await writeXlsxBuffer(workbookFromGrids(SHEETS));
  });

  test("are written as the add-in keeps them: a web extension part reached from a task pane", async () => {
    const copy = await checked(input);
    expect(await setting(copy)).toBe(VALUE);
    const files = parts(copy);
    const extension = files["xl/webextensions/webextension1.xml"] ?? "";
    expect(extension).toContain(
      `<we:reference id="${ADDIN.id}" version="0.1.0.0" store="EXCatalog" storeType="EXCatalog"/>`
    );
    expect(extension).toMatch(/<we:webextension [^>]*id="\{[0-9A-F-]{36}\}"/);
    expect(files["xl/webextensions/taskpanes.xml"]).toContain('visibility="0"');
    expect(files["xl/webextensions/_rels/taskpanes.xml.rels"]).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"'
    );
    expect(files["_rels/.rels"]).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"'
    );
    const types = files["[Content_Types].xml"] ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>'
    );
  });

  test("checking the copy again keeps its instance and changes only the value", async () => {
    const first = await checked(input);
    const again = await checked(first);
    expect(parts(again)["xl/webextensions/webextension1.xml"]).toBe(
      parts(first)["xl/webextensions/webextension1.xml"]
    );
    const other = JSON.stringify(JSON.stringify({ year: 2023 }));
    const changed = parts(await checked(first, other));
    expect(changed["xl/webextensions/webextension2.xml"]).toBeUndefined();
    expect(changed["xl/webextensions/webextension1.xml"]).toBe(
      (parts(first)["xl/webextensions/webextension1.xml"] ?? "").replace(
        /value="[^"]*"/,
        `value="${other.replace(/"/g, "&#34;")}"`
      )
    );
  });

  test("an instance the add-in left (another catalog, no properties yet) is the one written to", async () => {
    const files = parts(input);
    const existing =
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{11111111-2222-3333-4444-555555555555}">` +
      `<we:reference id="{${ADDIN.id.toUpperCase()}}" version="0.1.0.0" store="\\\\server\\share" storeType="FileSystem"/>` +
      `<we:alternateReferences/><we:properties/><we:bindings/></we:webextension>`;
    files["xl/webextensions/webextension3.xml"] = existing;
    files["xl/webextensions/taskpanes.xml"] =
      `<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="1"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;
    files["xl/webextensions/_rels/taskpanes.xml.rels"] =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension3.xml"/></Relationships>`;
    files["_rels/.rels"] = (files["_rels/.rels"] ?? "").replace(
      "</Relationships>",
      `<Relationship Id="rIdWe" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`
    );
    const copy = parts(await checked(pack(files)));
    expect(copy["xl/webextensions/webextension1.xml"]).toBeUndefined();
    expect(copy["xl/webextensions/webextension3.xml"]).toBe(
      existing.replace(
        "<we:properties/>",
        `<we:properties><we:property name="${KEY}" value="${VALUE.replace(/"/g, "&#34;")}"/></we:properties>`
      )
    );
    expect(copy["xl/webextensions/taskpanes.xml"]).toBe(files["xl/webextensions/taskpanes.xml"]);
  });

  test("another add-in's task pane stays, and ours joins it", async () => {
    const files = parts(input);
    files["xl/webextensions/webextension1.xml"] =
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{A}"><we:reference id="wa104380862" version="1.1.0.0" store="en-US" storeType="OMEX"/><we:alternateReferences/><we:properties/><we:bindings/></we:webextension>`;
    files["xl/webextensions/taskpanes.xml"] =
      `<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;
    files["xl/webextensions/_rels/taskpanes.xml.rels"] =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`;
    files["_rels/.rels"] = (files["_rels/.rels"] ?? "").replace(
      "</Relationships>",
      `<Relationship Id="rIdWe" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`
    );
    const copy = await checked(pack(files));
    const out = parts(copy);
    expect(out["xl/webextensions/webextension1.xml"]).toBe(
      files["xl/webextensions/webextension1.xml"]
    );
    expect(out["xl/webextensions/webextension2.xml"]).toContain(`id="${ADDIN.id}"`);
    expect(out["xl/webextensions/taskpanes.xml"]).toMatch(
      /row="4">.*<\/wetp:taskpane><wetp:taskpane dockstate="right" visibility="0" width="350" row="1"><wetp:webextensionref [^>]*r:id="rId2"\/><\/wetp:taskpane><\/wetp:taskpanes>$/
    );
    expect(await setting(copy)).toBe(VALUE);
  });

  test("are the user's, not the check's: clearing the copy keeps them", async () => {
    const cleared = await clearPackage(await checked(input), portableCodec);
    expect(cleared.report.summaryRemoved).toBe(true);
    expect(await setting(cleared.bytes ?? new Uint8Array())).toBe(VALUE);
  });

  test("a workbook without them, or with a damaged part, reads as none", async () => {
    expect(await setting(input)).toBeUndefined();
    const files = parts(await checked(input));
    files["xl/webextensions/webextension1.xml"] = "<we:webextension";
    expect(await setting(pack(files))).toBeUndefined();
  });
});
