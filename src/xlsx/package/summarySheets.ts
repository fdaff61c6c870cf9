import { SaxesParser } from "saxes";
import type { OoxmlPackage } from "./ooxmlPackage";
import { parseXml } from "./xmlDocument";
import { isSummaryMarker, SUMMARY_MARKER } from "../../engine/workbook";

/** Row 1 of a sheet is read from at most this much of its start, in steps of STEP. */
const HEAD_BYTES = 1 << 18;
const STEP = 1 << 14;

/** Row 1's cells by column letter: their text, or their shared string's index. */
type RowCell = { text: string } | { shared: number };

function firstRow(bytes: Uint8Array): Map<string, RowCell> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const cells = new Map<string, RowCell>();
  let inRow = false;
  let ref = "";
  let type: string | undefined;
  let text = "";
  let capture = false;
  const done = new Error("row 1 read");
  parser.on("opentag", (tag) => {
    const local = tag.name.slice(tag.name.indexOf(":") + 1);
    if (local === "row") {
      if (tag.attributes.r !== undefined && tag.attributes.r !== "1") throw done;
      inRow = true;
    } else if (local === "c" && inRow) {
      ref = (tag.attributes.r ?? "").toUpperCase();
      type = tag.attributes.t;
      text = "";
    } else if ((local === "v" || local === "t") && inRow) capture = true;
  });
  parser.on("text", (value) => {
    if (capture) text += value;
  });
  parser.on("closetag", (tag) => {
    const local = tag.name.slice(tag.name.indexOf(":") + 1);
    if (local === "v" || local === "t") capture = false;
    else if (local === "c" && inRow) {
      cells.set(ref.replace(/\d+$/, ""), type === "s" ? { shared: Number(text) } : { text });
    } else if (local === "row" && inRow) throw done;
    else if (local === "sheetData") throw done;
  });
  const decoder = new TextDecoder("utf-8");
  const end = Math.min(bytes.length, HEAD_BYTES);
  try {
    // Row 1 ends within the first few kilobytes of a sheet: decode no more than it takes.
    for (let at = 0; at < end; at += STEP) {
      parser.write(decoder.decode(bytes.subarray(at, Math.min(at + STEP, end)), { stream: true }));
    }
  } catch (error) {
    if (error !== done) return new Map();
  }
  return cells;
}

export interface SummaryFound {
  /** Cells of row 1 by column letter (the marker in Z, the receipt in AA). */
  row1: Map<string, string>;
}

/** Reads row 1 of worksheet parts to tell which are our summaries (marker in Z1). */
export class SummaryFinder {
  private sharedStrings: string[] | undefined;

  constructor(
    private readonly pkg: OoxmlPackage,
    private readonly sharedStringsPart: string | undefined
  ) {}

  private shared(index: number): string | undefined {
    if (!this.sharedStringsPart) return undefined;
    if (!this.sharedStrings) {
      const text = this.pkg.text(this.sharedStringsPart) ?? "";
      this.sharedStrings =
        text === ""
          ? []
          : parseXml(text, this.sharedStringsPart).root.children.map((si) => {
              const direct = si.children.find((c) => c.local === "t");
              return direct
                ? direct.text
                : si.children
                    .filter((c) => c.local === "r")
                    .map((r) => r.children.find((c) => c.local === "t")?.text ?? "")
                    .join("");
            });
    }
    return this.sharedStrings[index];
  }

  find(part: string): SummaryFound | undefined {
    const bytes = this.pkg.bytes(part);
    if (!bytes) return undefined;
    const cells = firstRow(bytes);
    // Shared strings are looked up only for the marker's cell (and, on ours, row 1's others).
    const value = (column: string): string | undefined => {
      const cell = cells.get(column);
      if (!cell) return undefined;
      return "text" in cell ? cell.text : this.shared(cell.shared);
    };
    if (!isSummaryMarker(value(SUMMARY_MARKER.address.replace(/\d+$/, "")))) return undefined;
    const row1 = new Map<string, string>();
    for (const column of cells.keys()) {
      const text = value(column);
      if (text !== undefined) row1.set(column, text);
    }
    return { row1 };
  }
}
