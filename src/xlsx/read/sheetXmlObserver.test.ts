import { decodeXml, SheetXmlObserver } from "./sheetXmlObserver";

const SHEET = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
  "<c r='C1' t='b'><f>TRUE()</f><v>1</v></c></row>",
  '<row r="2"><c r="A2" t="inlineStr"><is><r><t>党员</t></r><r><rPr><b/></rPr><t xml:space="preserve">大会 &amp; 党课</t></r></is></c>',
  '<c r="B2" s="1"/><c r="C2"><v>3</v></c></row>',
  '</sheetData><mergeCells count="2"><mergeCell ref="A3:A7"/><mergeCell ref="B1:D1"/></mergeCells></worksheet>',
].join("");

function observeInChunks(xml: string, size: number): SheetXmlObserver {
  const observer = new SheetXmlObserver();
  for (let i = 0; i < xml.length; i += size) observer.feed(xml.slice(i, i + size));
  return observer;
}

describe("SheetXmlObserver", () => {
  test.each([1, 2, 7, 64, SHEET.length])(
    "sees the same cells in chunks of %p characters",
    (size) => {
      const observer = observeInChunks(SHEET, size);
      expect(observer.take("B1")).toEqual({ type: "e", text: "#DIV/0!" });
      expect(observer.take("C1")).toEqual({ type: "b", text: "1" });
      expect(observer.take("A2")).toEqual({ type: "inlineStr", text: "党员大会 & 党课" });
      expect(observer.merges).toEqual(["A3:A7", "B1:D1"]);
    }
  );

  test("ignores shared strings, numbers and empty styled cells", () => {
    const observer = observeInChunks(SHEET, 5);
    expect(observer.take("A1")).toBeUndefined();
    expect(observer.take("B2")).toBeUndefined();
    expect(observer.take("C2")).toBeUndefined();
  });

  test("hands each observation out once", () => {
    const observer = observeInChunks(SHEET, 9);
    expect(observer.take("B1")).toBeDefined();
    expect(observer.take("B1")).toBeUndefined();
  });

  test("survives malformed XML without throwing", () => {
    const observer = new SheetXmlObserver();
    expect(() => {
      observer.feed('<c r="A1" t="e"><v>#N/A');
      observer.feed('<<>>></c><c t=\'b\'><v>1</v></c><mergeCell/><c r="Z9" t="inlineStr"/>');
      observer.feed("&#xZZ; <t>stray</t>");
    }).not.toThrow();
    expect(observer.merges).toEqual([]);
  });
});

describe("decodeXml", () => {
  test.each([
    ["a &lt; b &gt; c", "a < b > c"],
    ["&quot;x&quot; &apos;y&apos; &amp;", "\"x\" 'y' &"],
    ["&#20826;&#x5458;", "党员"],
    ["&unknown; &#x110000;", "&unknown; &#x110000;"],
    ["plain", "plain"],
  ])("%p → %p", (text, expected) => {
    expect(decodeXml(text)).toBe(expected);
  });
});
