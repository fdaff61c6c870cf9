import { strToU8 } from "fflate";
import { dropFromCalcChain } from "./calcChain";
import { portableCodec } from "./codec";
import { ContentTypes } from "./contentTypes";
import { OoxmlPackage } from "./ooxmlPackage";
import { Relationships } from "./relationships";
import { WorksheetPart } from "./worksheetPart";
import { applySplices, escapeXstring, parseXml, setAttribute } from "./xmlDocument";
import { readArchive, writeArchive } from "./zipArchive";
import { markFormula } from "../../engine/workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

test("setAttribute changes only the value's characters, or adds the attribute", () => {
  const source = `<r><cfRule type='expression'  priority = "12" dxfId="0"/></r>`;
  const rule = parseXml(source).root.children[0];
  if (!rule) throw new Error("no rule");
  expect(applySplices(source, [setAttribute(source, rule, "priority", "3")])).toBe(
    `<r><cfRule type='expression'  priority = "3" dxfId="0"/></r>`
  );
  expect(applySplices(source, [setAttribute(source, rule, "stopIfTrue", "1")])).toBe(
    `<r><cfRule type='expression'  priority = "12" dxfId="0" stopIfTrue="1"/></r>`
  );
});

test("escapeXstring keeps what XML cannot hold, a carriage return and literal escapes", () => {
  expect(escapeXstring("a\rb\u0007_x0041_<&")).toBe("a_x000D_b_x0007__x005F_x0041_&lt;&amp;");
});

describe("WorksheetPart", () => {
  const sheet = (tail: string, prefix = "") =>
    strToU8(
      `<?xml version="1.0"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="${MAIN}"><${prefix}sheetData><${prefix}row r="1"><${prefix}c r="A1"><${prefix}v>1</${prefix}v></${prefix}c></${prefix}row></${prefix}sheetData>${tail}</${prefix}worksheet>`
    );
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  test.each([
    ["a plain tail", '<pageMargins left="0.7"/><drawing r:id="rId1" xmlns:r="r"/>', ""],
    ["a prefixed part", '<x:pageMargins left="0.7"/>', "x:"],
    ["a tail holding a comment", '<!-- </sheetData> --><pageMargins left="0.7"/>', ""],
  ])("marks go where the schema puts them, in %s, and come out again", (_label, tail, prefix) => {
    const input = sheet(tail, prefix);
    const part = WorksheetPart.open(input, "sheet1.xml");
    part.addMarks([{ sqref: "A1:B2", formula: markFormula("error"), dxfId: 4 }]);
    const marked = text(part.bytes());
    expect(marked).toContain(
      `<${prefix}conditionalFormatting sqref="A1:B2"><${prefix}cfRule type="expression" dxfId="4" priority="1"><${prefix}formula>N("party-ledger-check:error")=0</${prefix}formula></${prefix}cfRule></${prefix}conditionalFormatting><${prefix}pageMargins`
    );
    const again = WorksheetPart.open(strToU8(marked), "sheet1.xml");
    expect(again.removeMarks()).toBe(1);
    expect(text(again.bytes())).toBe(text(input));
  });

  test("the user's rules move down under ours and back up after, x14 rules included", () => {
    const tail = `<conditionalFormatting sqref="C1"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>5</formula></cfRule></conditionalFormatting><extLst><ext uri="x"><x14:conditionalFormattings xmlns:x14="x14"><x14:conditionalFormatting><x14:cfRule type="dataBar" priority="2" id="{1}"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
    const input = sheet(tail);
    const part = WorksheetPart.open(input, "s.xml");
    part.addMarks([
      { sqref: "A1", formula: markFormula("unreadable"), dxfId: 1 },
      { sqref: "A2", formula: markFormula("error"), dxfId: 2 },
    ]);
    const marked = text(part.bytes());
    expect(marked).toContain('type="cellIs" priority="3"');
    expect(marked).toContain('type="dataBar" priority="4"');
    const cleared = WorksheetPart.open(strToU8(marked), "s.xml");
    cleared.removeMarks();
    expect(text(cleared.bytes())).toBe(text(input));
  });
});

test("the calculation chain loses a removed sheet's cells, and goes when nothing is left", async () => {
  const chain = `<calcChain xmlns="${MAIN}"><c r="A1" i="1"/><c r="A2"/><c r="B1" i="3"/><c r="B2"/></calcChain>`;
  const zip = writeArchive(
    [
      [
        "[Content_Types].xml",
        `<Types xmlns="t"><Override PartName="/xl/calcChain.xml" ContentType="c"/></Types>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `<Relationships xmlns="p"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
      ],
      ["xl/calcChain.xml", chain],
    ].map(([name = "", content = ""]) => {
      const data = strToU8(content);
      return {
        name,
        method: 0,
        data,
        crc32: portableCodec.crc32(data),
        size: data.length,
        levelFlags: 0,
        dosTime: 0,
        dosDate: 33,
      };
    })
  );
  const open = async () => {
    const pkg = await OoxmlPackage.open(zip, portableCodec);
    return { pkg, rels: Relationships.read(pkg, "xl/workbook.xml"), types: new ContentTypes(pkg) };
  };
  const one = await open();
  dropFromCalcChain(one.pkg, one.rels, one.types, new Set([3]));
  expect(one.pkg.text("xl/calcChain.xml")).toBe(
    `<calcChain xmlns="${MAIN}"><c r="A1" i="1"/><c r="A2"/></calcChain>`
  );
  const both = await open();
  dropFromCalcChain(both.pkg, both.rels, both.types, new Set([1, 3]));
  both.rels.save();
  both.types.save();
  const names = (await readArchive(await both.pkg.toBytes())).map((e) => e.name);
  expect(names).not.toContain("xl/calcChain.xml");
  expect(both.pkg.text("xl/_rels/workbook.xml.rels") ?? "").not.toContain("calcChain");
  expect(both.pkg.text("[Content_Types].xml")).not.toContain("calcChain");
});
