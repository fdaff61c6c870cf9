import { writeFileSync } from "node:fs";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { readXlsxFile } from "./readXlsx";
import { streamXlsxSheets } from "./streamSheets";
import { craftZip, tempFolder } from "./testSupport";

/*
 * Workbooks written XML by hand, so that each construct the lean reader handles appears exactly
 * as Excel (or another producer) writes it, compared with the full reader cell for cell.
 */

const folder = tempFolder("xlsx-lean-parts");
afterAll(() => folder.cleanup());

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface SheetPart {
  name: string;
  file: string;
  xml: string;
  state?: "hidden";
  /** The part's whole text, not wrapped in <worksheet> (for a part cut short). */
  whole?: boolean;
}

function workbookFile(
  label: string,
  sheets: readonly SheetPart[],
  extra: { sharedStrings?: string; styles?: string; date1904?: boolean } = {}
): string {
  const entries: [string, string][] = [
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
        )
        .join("")}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG}">${sheets
        .map(
          (s, i) =>
            // One absolute target, the others relative, as producers differ.
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${i === 0 ? "/xl/" : ""}worksheets/${s.file}"/>`
        )
        .join(
          ""
        )}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ...sheets.map((s): [string, string] => [
      `xl/worksheets/${s.file}`,
      s.whole
        ? s.xml
        : `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`,
    ]),
  ];
  if (extra.sharedStrings !== undefined) {
    entries.push([
      "xl/sharedStrings.xml",
      `${XML_HEAD}<sst xmlns="${MAIN}">${extra.sharedStrings}</sst>`,
    ]);
  }
  entries.push([
    "xl/styles.xml",
    `${XML_HEAD}<styleSheet xmlns="${MAIN}">${extra.styles ?? STYLES}</styleSheet>`,
  ]);
  const path = folder.path(`${label}.xlsx`);
  writeFileSync(
    path,
    craftZip(entries.map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") })))
  );
  return path;
}

/** Styles: 0 General, 1 builtin date 14, 2 custom date, 3 plain number, 4 zh-CN locale date 31. */
const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/><xf numFmtId="31"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="3" formatCode="yyyy"/></dxf></dxfs>';

async function bothReaders(path: string) {
  const full = (await readXlsxFile(path)).sheets;
  const lean = await streamXlsxSheets(path);
  return { full, lean };
}

describe("the lean reader on hand-written XML", () => {
  test("shared strings: plain, rich runs, phonetic guides, escapes and entities", async () => {
    const sst =
      "<si><t>第一党支部</t></si>" +
      '<si><r><rPr><b/></rPr><t xml:space="preserve">支部 </t></r><r><t>党员大会</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      "<si><t>第一行_x000D_&#10;第二行 &amp; &lt;三&gt;</t></si>" +
      "<si/>" +
      "<si><t>😀表情</t></si>";
    const path = workbookFile(
      "shared",
      [
        {
          name: "名册",
          file: "sheet1.xml",
          xml:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
            '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>' +
            '<c r="F1" t="s"><v>5</v></c></row></sheetData>',
        },
      ],
      { sharedStrings: sst }
    );
    const { full, lean } = await bothReaders(path);
    expect(lean).toEqual(full);
    expect(lean[0]?.values).toEqual([
      ["第一党支部", "支部 党员大会", "東京", "第一行\r\n第二行 & <三>", "", "😀表情"],
    ]);
  });

  test("inline strings, formula results of every type and cells without r", async () => {
    const path = workbookFile("cells", [
      {
        name: "培训台账",
        file: "sheet1.xml",
        xml:
          "<sheetData>" +
          '<row r="2"><c r="B2" t="inlineStr"><is><t>张伟</t></is></c>' +
          '<c r="C2" t="inlineStr"><is><r><t>集中</t></r><r><rPr><b/></rPr><t>轮训</t></r></is></c>' +
          '<c r="D2" t="inlineStr"><is><t xml:space="preserve"> 前后空格 </t></is></c></row>' +
          '<row r="3"><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
          '<c r="D3" t="b"><f>TRUE()</f><v>1</v></c><c r="E3" t="e"><f>NA()</f><v>#N/A</v></c>' +
          '<c r="F3"><f>NOW()</f></c><c r="G3" t="str"><f>""</f><v></v></c></row>' +
          '<row r="4"><c r="B4"><v>1</v></c><c><v>2</v></c><c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c>' +
          '<c t="str"><v>文本</v></c></row>' +
          '<row r="5"><c r="B5" s="3"/><c r="C5" t="s"/><c r="D5"><v>1.5E3</v></c></row>' +
          "</sheetData>",
      },
    ]);
    const { full, lean } = await bothReaders(path);
    expect(lean).toEqual(full);
    expect(lean[0]).toEqual({
      name: "培训台账",
      topLeft: "B2",
      values: [
        ["张伟", "集中轮训", " 前后空格 ", "", "", ""],
        [2, "ab", true, "#N/A", "", ""],
        [1, 2, false, "#DIV/0!", "文本", ""],
        ["", "", 1500, "", "", ""],
      ],
    });
  });

  test("dates: builtin, custom and locale formats in 1900 and 1904 workbooks", async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45356.5</v></c>' +
      '<c r="C1" s="3"><v>45356</v></c><c r="D1"><v>45356</v></c><c r="E1" s="4"><v>45356</v></c>' +
      '<c r="F1" s="1"><f>A1+1</f><v>45357</v></c><c r="G1" s="0"><v>7</v></c></row></sheetData>';
    for (const date1904 of [false, true]) {
      const path = workbookFile(`dates-${date1904}`, [{ name: "日期", file: "sheet1.xml", xml }], {
        date1904,
      });
      const { full, lean } = await bothReaders(path);
      expect(lean).toEqual(full);
      const shift = date1904 ? 1462 : 0;
      expect(lean[0]?.values).toEqual([
        [45356 + shift, 45356.5 + shift, 45356, 45356, 45356, 45357 + shift, 7],
      ]);
    }
  });

  test("tab order, hidden and empty sheets, merges, and sheets named with entities", async () => {
    const path = workbookFile("order", [
      {
        name: "会议台账",
        file: "sheet3.xml",
        xml:
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>会议台账</t></is></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>第一党支部</t></is></c><c r="B3"/></row>' +
          '<row r="4"><c r="B4" t="inlineStr"><is><t>支委会</t></is></c></row></sheetData>' +
          '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A4"/><mergeCell ref="H9:I9"/></mergeCells>',
      },
      { name: "空表", file: "sheet1.xml", xml: "<sheetData/>", state: "hidden" },
      {
        name: "R&amp;D 台账",
        file: "sheet2.xml",
        xml: '<sheetData><row r="5"><c r="D5"><v>15</v></c></row></sheetData>',
        state: "hidden",
      },
    ]);
    const { full, lean } = await bothReaders(path);
    expect(lean).toEqual(full);
    expect(lean.map((s) => s.name)).toEqual(["会议台账", "空表", "R&D 台账"]);
    expect(lean[0]?.merges).toEqual(["A1:C1", "A3:A4"]);
    expect(lean[1]).toEqual({ name: "空表", topLeft: "A1", values: [[""]], hidden: true });
  });

  test("rows and first cells without r follow the previous ones, as Excel reads them", async () => {
    const path = workbookFile("no-r", [
      {
        name: "甲",
        file: "sheet1.xml",
        xml: "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>",
      },
    ]);
    expect(await streamXlsxSheets(path)).toEqual([
      {
        name: "甲",
        topLeft: "A1",
        values: [
          [1, 2],
          [3, ""],
        ],
      },
    ]);
  });
});

describe("the lean reader on hostile parts", () => {
  const sheet = (xml: string): SheetPart[] => [{ name: "会议台账", file: "sheet1.xml", xml }];

  test("a merged area past maxMergedCells is too-large, naming the sheet", async () => {
    const path = workbookFile(
      "merge-all",
      sheet('<sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>')
    );
    await expect(streamXlsxSheets(path)).rejects.toMatchObject({
      reason: "too-large",
      message: expect.stringContaining("工作表“会议台账”合并单元格范围过大（A1:XFD1048576 等共"),
    });
  });

  test("a cell far away is too-large, naming the sheet and its used range", async () => {
    const path = workbookFile(
      "far-cell",
      sheet(
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
      )
    );
    await expect(streamXlsxSheets(path)).rejects.toMatchObject({
      reason: "too-large",
      message: expect.stringContaining("A1:XFD1048576，1048576 行 × 16384 列"),
    });
  });

  test("malformed XML is corrupt, with the parser's error as its cause", async () => {
    const path = workbookFile(
      "malformed",
      sheet('<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>')
    );
    const error: unknown = await streamXlsxSheets(path).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "corrupt" });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  test("a sheet cut short is corrupt, not a shorter sheet", async () => {
    const path = workbookFile("cut-short", [
      {
        name: "会议台账",
        file: "sheet1.xml",
        whole: true,
        xml: `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`,
      },
    ]);
    await expect(streamXlsxSheets(path)).rejects.toMatchObject({ reason: "corrupt" });
  });

  test("a deflated sheet lying about its size is too-large; a broken one is corrupt", async () => {
    const path = workbookFile(
      "honest",
      sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')
    );
    const bytes = await import("node:fs").then((fs) => fs.readFileSync(path));
    const padded = `<sheetData>${" ".repeat(4 * 1024 * 1024)}</sheetData>`;
    const lying = replaceSheet(
      bytes,
      deflateRawSync(Buffer.from(`<worksheet xmlns="${MAIN}">${padded}</worksheet>`)),
      100_000
    );
    const lyingPath = folder.path("lying.xlsx");
    writeFileSync(lyingPath, lying);
    await expect(streamXlsxSheets(lyingPath)).rejects.toMatchObject({
      reason: "too-large",
      message: expect.stringContaining("超过其声明的大小"),
    });
    const broken = replaceSheet(bytes, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x01]), 1000);
    const brokenPath = folder.path("broken.xlsx");
    writeFileSync(brokenPath, broken);
    await expect(streamXlsxSheets(brokenPath)).rejects.toMatchObject({ reason: "corrupt" });
  });
});

/** The same package with sheet1.xml's data replaced by `deflated`, declaring `declared` bytes. */
function replaceSheet(zip: Buffer, deflated: Buffer, declared: number): Buffer {
  const entries = readStoredEntries(zip);
  return rebuild(
    entries.map((e) =>
      e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: deflated, method: 8, declared } : e
    )
  );
}

interface RawEntry {
  name: string;
  data: Buffer;
  method: number;
  declared: number;
}

function readStoredEntries(zip: Buffer): RawEntry[] {
  const entries: RawEntry[] = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extraLength;
    entries.push({ name, data: zip.subarray(start, start + size), method: 0, declared: size });
    at = start + size;
  }
  return entries;
}

/** The entry's true CRC-32 where its data inflates; a broken stream keeps 0. */
function crcOf(entry: RawEntry): number {
  if (entry.method === 0) return crc32(entry.data);
  try {
    return crc32(inflateRawSync(entry.data));
  } catch {
    return 0;
  }
}

function rebuild(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const crc = crcOf(entry);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.declared, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    central.push(header, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
