import { parseMergeRange } from "./mergeArea";
import { streamZipEntry } from "./nodeEntryStream";
import { isReadableMethod } from "./zipEntryData";
import type { ByteSource, ZipLayout } from "./zipDirectory";

/**
 * What the zip really holds, found by inflating every entry once with bounded memory before
 * ExcelJS sees it. The central directory's sizes are only claims: a crafted entry can declare a
 * few kilobytes and inflate to gigabytes, which ExcelJS would hold in memory whole. And a merged
 * area such as A1:XFD1048576 makes ExcelJS create every one of its cells while loading.
 */

/** A worksheet part's merged cells, counted from its <mergeCell ref="…"> elements. */
export interface MergeCount {
  /** The part's name, "xl/worksheets/sheet1.xml". */
  part: string;
  cells: number;
  /** The largest merged area, "A1:XFD1048576". */
  largest: string;
  largestCells: number;
}

export interface ZipContents {
  merges: MergeCount[];
  /** Sheet names by worksheet part, from the workbook and its relationships (when readable). */
  sheetNames: Map<string, string>;
}

/** workbook.xml and its relationships are kept as text to name sheets; past this they are not. */
const MAX_NAMING_PART_BYTES = 16 * 1024 ** 2;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const WORKBOOK_PART = "xl/workbook.xml";
const WORKBOOK_RELS_PART = "xl/_rels/workbook.xml.rels";
// Requires the closing ">" so that a tag cut by a chunk boundary is matched once, whole, later.
const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']*)["'][^>]*>/g;
/** A tag longer than this is not a mergeCell element; carrying it on would only cost memory. */
const MAX_CARRY = 4096;
const MERGE_CELL_WORD = Buffer.from("mergeCell", "latin1");
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

/** Inflates every entry (discarding the output), checking each against its declared size. */
export async function readZipContents(source: ByteSource, layout: ZipLayout): Promise<ZipContents> {
  const merges: MergeCount[] = [];
  const texts = new Map<string, string>();
  for (const [i, entry] of layout.entries.entries()) {
    const location = layout.locations[i];
    if (!location) continue;
    const name = entry.name.replace(/^\//, "");
    const lower = name.toLowerCase();
    const sink = WORKSHEET_PART.test(name)
      ? mergeSink(name, merges)
      : lower === WORKBOOK_PART || lower === WORKBOOK_RELS_PART
        ? textSink(lower, texts)
        : null;
    // ExcelJS refuses other compression methods on its own.
    if (!isReadableMethod(location)) continue;
    await streamZipEntry(source, entry, location, (chunk) =>
      sink?.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
    );
    sink?.end();
  }
  return { merges, sheetNames: sheetNamesOf(texts) };
}

interface ChunkSink {
  write(chunk: Buffer): void;
  end(): void;
}

/** Counts the merged cells of a worksheet part as its XML streams past. */
function mergeSink(part: string, counts: MergeCount[]): ChunkSink {
  const count: MergeCount = { part, cells: 0, largest: "", largestCells: 0 };
  let carry = "";
  return {
    write(chunk) {
      // Most chunks of a sheet are rows: without the word there is nothing to count, and only a
      // tag left open at the end needs carrying, so the chunk is not turned into text at all.
      if (carry === "" && chunk.indexOf(MERGE_CELL_WORD) < 0) {
        const open = chunk.lastIndexOf(LESS_THAN);
        carry =
          open >= 0 && chunk.indexOf(GREATER_THAN, open) < 0 && chunk.length - open <= MAX_CARRY
            ? chunk.toString("latin1", open)
            : "";
        return;
      }
      // Tags and A1 references are ASCII: latin1 keeps every byte and never fails.
      const text = carry + chunk.toString("latin1");
      for (const match of text.matchAll(MERGE_CELL)) {
        const area = parseMergeRange(match[1] ?? "");
        if (!area) continue;
        const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
        count.cells += cells;
        if (cells > count.largestCells) {
          count.largestCells = cells;
          count.largest = match[1] ?? "";
        }
      }
      const open = text.lastIndexOf("<");
      carry = open >= 0 && text.indexOf(">", open) < 0 ? text.slice(open) : "";
      if (carry.length > MAX_CARRY) carry = "";
    },
    end() {
      if (count.cells > 0) counts.push(count);
    },
  };
}

function textSink(part: string, texts: Map<string, string>): ChunkSink {
  const chunks: Buffer[] = [];
  let length = 0;
  return {
    write(chunk) {
      length += chunk.length;
      if (length <= MAX_NAMING_PART_BYTES) chunks.push(chunk);
    },
    end() {
      if (length <= MAX_NAMING_PART_BYTES) texts.set(part, Buffer.concat(chunks).toString("utf8"));
    },
  };
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Worksheet part → sheet name, from <sheet name r:id> and the relationships' targets. */
function sheetNamesOf(texts: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const [tag] of (texts.get(WORKBOOK_RELS_PART) ?? "").matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id === undefined || target === undefined) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    targets.set(id, path.toLowerCase());
  }
  for (const [tag] of (texts.get(WORKBOOK_PART) ?? "").matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "r:id") ?? attribute(tag, "[\\w.-]+:id");
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, unescapeXml(name));
  }
  return names;
}
