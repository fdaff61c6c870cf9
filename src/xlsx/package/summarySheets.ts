import { SaxesParser } from "saxes";
import { isSummaryMarker, SUMMARY_MARKER } from "../../engine/summary/model";
import type { OoxmlPackage } from "./ooxmlPackage";
import { parseXml } from "./xmlDocument";

/** Row 1 of a sheet is read from at most this much of its start. */
const HEAD_BYTES = 1 << 18;

/** The text values of row 1's cells by column letter, shared strings resolved by `shared`. */
function firstRow(
  bytes: Uint8Array,
  shared: (index: number) => string | undefined
): Map<string, string> {
  const head = new TextDecoder("utf-8").decode(
    bytes.subarray(0, Math.min(bytes.length, HEAD_BYTES))
  );
  const parser = new SaxesParser({ xmlns: false, position: false });
  const cells = new Map<string, string>();
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
      const value = type === "s" ? shared(Number(text)) : text;
      if (value !== undefined) cells.set(ref.replace(/\d+$/, ""), value);
    } else if (local === "row" && inRow) throw done;
    else if (local === "sheetData") throw done;
  });
  try {
    parser.write(head);
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
    const row1 = firstRow(bytes, (i) => this.shared(i));
    return isSummaryMarker(row1.get(SUMMARY_MARKER.address.replace(/\d+$/, "")))
      ? { row1 }
      : undefined;
  }
}
