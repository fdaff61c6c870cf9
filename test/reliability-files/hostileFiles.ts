import { constants, deflateRawSync } from "node:zlib";
import { crc32, deflatedPart, zipBytes, type ZipPart } from "./zipWriter";

/**
 * Files staff may hand `party-ledger` by mistake or that an attacker may craft: each builder gives
 * the bytes of one, small enough to keep in a test yet claiming or expanding to far more.
 */

export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("0000000d49484452000000010000000108060000001f15c489", "hex"),
]);

export const PDF_BYTES = Buffer.from(
  "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
  "latin1"
);

export const CSV_TEXT = "支部,姓名,所属月份,实交党费\n第一党支部,张伟,2024-01,50\n";

// ---------------------------------------------------------------------------------------------
// OLE compound files (CFB v3, 512-byte sectors), laid out as Excel writes them: a header, one FAT
// sector, one directory sector, then each stream in regular sectors (every stream is at least the
// 4096-byte mini-stream cutoff, so no mini FAT is needed).

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

interface OleStream {
  name: string;
  data: Buffer;
}

function directoryEntry(
  name: string,
  type: number,
  links: { left?: number; right?: number; child?: number },
  start: number,
  size: number
): Buffer {
  const entry = Buffer.alloc(128);
  if (name !== "") {
    const utf16 = Buffer.from(`${name}\0`, "utf16le");
    utf16.copy(entry, 0);
    entry.writeUInt16LE(utf16.length, 64);
  }
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67); // black
  entry.writeUInt32LE(links.left ?? NOSTREAM, 68);
  entry.writeUInt32LE(links.right ?? NOSTREAM, 72);
  entry.writeUInt32LE(links.child ?? NOSTREAM, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeBigUInt64LE(BigInt(size), 120);
  return entry;
}

/** A compound file whose root holds `streams` as a chain of right siblings (names ascending). */
export function oleCompoundFile(streams: readonly OleStream[]): Buffer {
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(ENDOFCHAIN, 60);
  header.writeUInt32LE(ENDOFCHAIN, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 76 + 4 * i);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  let next = 2;
  const placed = streams.map((stream) => {
    const sectors = Math.ceil(stream.data.length / SECTOR);
    const start = next;
    for (let s = 0; s < sectors; s++) {
      fat.writeUInt32LE(s === sectors - 1 ? ENDOFCHAIN : start + s + 1, 4 * (start + s));
    }
    next += sectors;
    return { ...stream, start, sectors };
  });
  if (next > SECTOR / 4) throw new Error("the streams do not fit one FAT sector");

  const entries = [
    directoryEntry("Root Entry", 5, { child: placed.length > 0 ? 1 : NOSTREAM }, ENDOFCHAIN, 0),
    ...placed.map((stream, i) =>
      directoryEntry(
        stream.name,
        2,
        { right: i + 2 <= placed.length ? i + 2 : NOSTREAM },
        stream.start,
        stream.data.length
      )
    ),
  ];
  if (entries.length > 4) throw new Error("the streams do not fit one directory sector");
  while (entries.length < 4) entries.push(directoryEntry("", 0, {}, 0, 0));

  const bodies = placed.map((stream) => {
    const body = Buffer.alloc(stream.sectors * SECTOR);
    stream.data.copy(body);
    return body;
  });
  return Buffer.concat([header, fat, ...entries, ...bodies]);
}

/** An .xlsx saved with an opening password: EncryptionInfo and EncryptedPackage streams. */
export function encryptedWorkbook(): Buffer {
  const info = Buffer.alloc(4096);
  info.writeUInt16LE(4, 0); // agile encryption, version 4.4
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  Buffer.from('<?xml version="1.0" encoding="UTF-8"?><encryption/>', "utf8").copy(info, 8);
  const pkg = Buffer.alloc(4096, 0x5a);
  pkg.writeBigUInt64LE(4000n, 0);
  // Sibling order in a compound file compares lengths first: EncryptionInfo < EncryptedPackage.
  return oleCompoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
  ]);
}

/** An Excel 97-2003 .xls: a Workbook stream starting with a BIFF8 BOF record. */
export function legacyXls(): Buffer {
  const workbook = Buffer.alloc(4096);
  Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]).copy(workbook, 0);
  return oleCompoundFile([{ name: "Workbook", data: workbook }]);
}

// ---------------------------------------------------------------------------------------------
// .xlsx packages.

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The parts around one worksheet: content types, relationships and the workbook. */
function packageParts(sheetName: string): ZipPart[] {
  return [
    deflatedPart(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    ),
    deflatedPart(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    deflatedPart(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    deflatedPart(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    ),
  ];
}

const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;

const inline = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A 会议台账 header row and one meeting: enough for the reader to recognise a ledger. */
const LEDGER_ROWS =
  `<row r="1">${inline("A1", "支部")}${inline("B1", "会议类型")}${inline("C1", "会议日期")}</row>` +
  `<row r="2">${inline("A2", "第一党支部")}${inline("B2", "支部党员大会")}<c r="C2"><v>45356</v></c></row>`;

export interface HugeSheetOptions {
  /** Write `<dimension ref="A1:XFD1048576"/>`. */
  dimension?: boolean;
  /** Put a value in the sheet's very last cell, XFD1048576. */
  lastCell?: boolean;
  /** Merge the whole sheet, A1:XFD1048576. */
  mergeAll?: boolean;
}

/** A one-sheet .xlsx claiming (or holding a cell at) a million rows and every column. */
export function hugeSheetWorkbook(options: HugeSheetOptions): Buffer {
  const last = options.lastCell ? `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>` : "";
  const xml =
    SHEET_OPEN +
    (options.dimension ? `<dimension ref="A1:XFD1048576"/>` : "") +
    `<sheetData>${LEDGER_ROWS}${last}</sheetData>` +
    (options.mergeAll
      ? `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`
      : "") +
    `</worksheet>`;
  return zipBytes([...packageParts("会议台账"), deflatedPart("xl/worksheets/sheet1.xml", xml)]);
}

/**
 * A deflate stream that inflates to `prefix`, then `mib` MiB of spaces (valid XML whitespace),
 * then `suffix`, built from one compressed MiB repeated: each piece ends on a byte boundary (sync
 * flush) and refers back only within itself, so the pieces concatenate into one valid stream.
 */
function deflatedPadding(prefix: string, mib: number, suffix: string): Buffer {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const head = deflateRawSync(Buffer.from(prefix, "utf8"), sync);
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), sync);
  const tail = deflateRawSync(Buffer.from(suffix, "utf8"), { level: 9 });
  return Buffer.concat([head, ...new Array<Buffer>(mib).fill(block), tail]);
}

export interface ZipBombOptions {
  /** MiB of whitespace the sheet XML really inflates to. */
  inflatesToMiB: number;
  /** What the headers claim the sheet XML inflates to; the truth when omitted. */
  declaredBytes?: number;
}

/**
 * An .xlsx whose sheet XML inflates to gigabytes of whitespace from a few megabytes: honest about
 * its size, or declaring a harmless size (so that only inflating it tells).
 */
export function zipBombWorkbook(options: ZipBombOptions): Buffer {
  const prefix = `${SHEET_OPEN}<sheetData>${LEDGER_ROWS}`;
  const suffix = `</sheetData></worksheet>`;
  const stored = deflatedPadding(prefix, options.inflatesToMiB, suffix);
  const real =
    Buffer.byteLength(prefix) + options.inflatesToMiB * 1024 * 1024 + Buffer.byteLength(suffix);
  const sheet: ZipPart = {
    name: "xl/worksheets/sheet1.xml",
    stored,
    deflated: true,
    declaredUncompressed: Math.min(options.declaredBytes ?? real, 0xfffffffe),
    // The CRC is never reached: a reader must stop long before the end of the data.
    crc: crc32(Buffer.from(prefix)),
  };
  return zipBytes([...packageParts("会议台账"), sheet]);
}
