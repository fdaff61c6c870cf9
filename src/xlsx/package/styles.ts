import { toArgb } from "../write/colour";
import type { OoxmlPackage } from "./ooxmlPackage";
import {
  applySplices,
  childrenNamed,
  escapeAttribute,
  firstChild,
  insertAt,
  parseXml,
  prefixOf,
  setAttribute,
  type Splice,
  type XmlDocument,
  type XmlElement,
} from "./xmlDocument";
import type { MarkColours } from "../../engine";
import type { CellStyle } from "../../engine/workbook";

/**
 * styles.xml, with the formats a check needs appended after the user's: differential formats for
 * the marks, fonts, fills, borders and cell formats for the 汇总表. Nothing of the user's is
 * renumbered. What was appended is written down in a receipt, so `clear` can take exactly that out
 * again while styles.xml is still as the check left it.
 */

/** CT_Stylesheet's children in schema order. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
/** The font size the summary's row heights are measured for (Excel's and ExcelJS's default). */
export const DEFAULT_FONT_SIZE = 11;

type List = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const LISTS: readonly List[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];

/** What a check appended to styles.xml, as the summary sheet carries it for `clear`. */
export interface StylesReceipt {
  /** CRC-32 of styles.xml as the check wrote it: `clear` undoes only while it is unchanged. */
  crc32: number;
  /** Children each list had before; lists the check created are listed in `created`. */
  before: Partial<Record<List, number>>;
  created: List[];
  /** Lists that were self-closing ("<dxfs count=\"0\"/>"), as they were written. */
  selfClosed: Partial<Record<List, string>>;
}

export class StylesPart {
  private readonly doc: XmlDocument;
  private readonly prefix: string;
  private readonly appended = new Map<List, string[]>();
  private readonly nextNumFmt: number;
  private readonly numFmtIds = new Map<string, number>();

  constructor(
    private readonly pkg: OoxmlPackage,
    readonly name: string
  ) {
    const source = pkg.text(name);
    if (source === undefined) throw new Error(`${name} is missing`);
    this.doc = parseXml(source, name);
    this.prefix = prefixOf(this.doc.root);
    let highest = 163;
    for (const format of this.items("numFmts")) {
      const id = Number(format.attributes.numFmtId);
      if (Number.isInteger(id)) highest = Math.max(highest, id);
      if (format.attributes.formatCode !== undefined) {
        this.numFmtIds.set(format.attributes.formatCode, id);
      }
    }
    this.nextNumFmt = highest + 1;
  }

  private list(list: List): XmlElement | undefined {
    return firstChild(this.doc.root, list);
  }

  private items(list: List): XmlElement[] {
    const element = this.list(list);
    if (!element) return [];
    const item = {
      numFmts: "numFmt",
      fonts: "font",
      fills: "fill",
      borders: "border",
      cellXfs: "xf",
      dxfs: "dxf",
    }[list];
    return childrenNamed(element, item);
  }

  /** Appends an element to a list; gives its index there. */
  private append(list: List, xml: string): number {
    const added = this.appended.get(list) ?? [];
    this.appended.set(list, added);
    added.push(xml);
    return this.items(list).length + added.length - 1;
  }

  /** A differential format for a mark's colours (conditional formats refer to it by index). */
  markFormat(colours: Readonly<MarkColours>): number {
    const p = this.prefix;
    const font = colours.font
      ? `<${p}font><${p}color rgb="${toArgb(colours.font)}"/></${p}font>`
      : "";
    const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${toArgb(colours.fill)}"/></${p}patternFill></${p}fill>`;
    return this.append("dxfs", `<${p}dxf>${font}${fill}</${p}dxf>`);
  }

  private numberFormat(code: string): number {
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt + (this.appended.get("numFmts")?.length ?? 0);
    this.append(
      "numFmts",
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`
    );
    this.numFmtIds.set(code, id);
    return id;
  }

  /** The size in points of the workbook's default font, by which text of ours is measured. */
  defaultFontSize(): number {
    const size = Number(this.baseFont().size);
    return Number.isFinite(size) && size > 0 ? size : DEFAULT_FONT_SIZE;
  }

  /** The workbook's default font (the first), whose name and size the summary's fonts keep. */
  private baseFont(): { name: string; size: string; extra: string } {
    const font = this.items("fonts")[0];
    const attribute = (local: string, name: string): string | undefined =>
      font ? firstChild(font, local)?.attributes[name] : undefined;
    const family = attribute("family", "val");
    const charset = attribute("charset", "val");
    const p = this.prefix;
    return {
      name: attribute("name", "val") ?? "Calibri",
      size: attribute("sz", "val") ?? "11",
      extra: `${family ? `<${p}family val="${escapeAttribute(family)}"/>` : ""}${charset ? `<${p}charset val="${escapeAttribute(charset)}"/>` : ""}`,
    };
  }

  /** A cell format for one of the summary's named styles; `numberFormat` as Excel writes it. */
  cellFormat(style: CellStyle, options: { numberFormat?: string; noWrap?: boolean }): number {
    const p = this.prefix;
    const base = this.baseFont();
    const f = style.font;
    const fontXml =
      `<${p}font>${f.bold ? `<${p}b/>` : ""}${f.underline ? `<${p}u/>` : ""}` +
      `<${p}sz val="${f.size ?? base.size}"/>` +
      (f.colour ? `<${p}color rgb="${toArgb(f.colour)}"/>` : "") +
      `<${p}name val="${escapeAttribute(base.name)}"/>${base.extra}</${p}font>`;
    const fontId = this.append("fonts", fontXml);
    let fillId = 0;
    if (style.fill) {
      fillId = this.append(
        "fills",
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${toArgb(style.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
      );
    }
    let borderId = 0;
    if (style.border) {
      const side = (name: string) =>
        `<${p}${name} style="thin"><${p}color rgb="${toArgb(style.border ?? "#000000")}"/></${p}${name}>`;
      borderId = this.append(
        "borders",
        `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`
      );
    }
    const numFmtId = options.numberFormat ? this.numberFormat(options.numberFormat) : 0;
    const wrap = style.wrap && !options.noWrap;
    const vertical = style.vertical === "center" ? "center" : "top";
    const alignment = `<${p}alignment horizontal="${style.horizontal}" vertical="${vertical}"${wrap ? ' wrapText="1"' : ""}/>`;
    return this.append(
      "cellXfs",
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="${numFmtId ? 1 : 0}" applyFont="1" applyFill="${fillId ? 1 : 0}" applyBorder="${borderId ? 1 : 0}" applyAlignment="1">${alignment}</${p}xf>`
    );
  }

  /** Writes the appended formats; returns the receipt (undefined when nothing was appended). */
  save(crc32: (data: Uint8Array) => number): StylesReceipt | undefined {
    if (this.appended.size === 0) return undefined;
    const source = this.doc.source;
    const splices: Splice[] = [];
    const receipt: StylesReceipt = { crc32: 0, before: {}, created: [], selfClosed: {} };
    const p = this.prefix;
    for (const list of LISTS) {
      const added = this.appended.get(list);
      if (!added || added.length === 0) continue;
      const element = this.list(list);
      const count = this.items(list).length + added.length;
      if (element) {
        receipt.before[list] = this.items(list).length;
        if (element.selfClosing) {
          const tag = source.slice(element.start, element.end);
          receipt.selfClosed[list] = tag;
          const opened = tag.replace(/\s*\/>$/, ">");
          const reopened = parseXml(`${opened}</${element.name}>`).root;
          const counted =
            element.attributes.count === undefined
              ? opened
              : applySplices(opened, [setAttribute(opened, reopened, "count", String(count))]);
          splices.push({
            at: element.start,
            remove: element.end - element.start,
            insert: `${counted}${added.join("")}</${element.name}>`,
          });
          continue;
        }
        splices.push(insertAt(element.closeStart, added.join("")));
        if (element.attributes.count !== undefined) {
          splices.push(setAttribute(source, element, "count", String(count)));
        }
      } else {
        receipt.created.push(list);
        splices.push(
          insertAt(
            this.positionFor(list),
            `<${p}${list} count="${count}">${added.join("")}</${p}${list}>`
          )
        );
      }
    }
    const text = applySplices(source, splices);
    this.pkg.setText(this.name, text);
    receipt.crc32 = crc32(new TextEncoder().encode(text));
    return receipt;
  }

  /** Where a missing list goes: before the first child that follows it in the schema. */
  private positionFor(list: List): number {
    const rank = ORDER.indexOf(list);
    const next = this.doc.root.children.find((child) => {
      const r = ORDER.indexOf(child.local as (typeof ORDER)[number]);
      return r > rank;
    });
    return next ? next.start : this.doc.root.closeStart;
  }
}

/**
 * Takes out what a check appended, when styles.xml is still exactly as that check wrote it (its
 * CRC matches the receipt): lists back to their earlier length and count, created lists removed.
 * Returns whether it did.
 */
export function revertStyles(
  pkg: OoxmlPackage,
  name: string,
  receipt: StylesReceipt,
  crc32: (data: Uint8Array) => number
): boolean {
  const bytes = pkg.bytes(name);
  if (!bytes || crc32(bytes) !== receipt.crc32) return false;
  const source = pkg.text(name) ?? "";
  const doc = parseXml(source, name);
  const splices: Splice[] = [];
  for (const list of LISTS) {
    const element = firstChild(doc.root, list);
    if (!element) continue;
    if (receipt.created.includes(list)) {
      splices.push({ at: element.start, remove: element.end - element.start, insert: "" });
      continue;
    }
    const selfClosed = receipt.selfClosed[list];
    if (selfClosed !== undefined) {
      splices.push({ at: element.start, remove: element.end - element.start, insert: selfClosed });
      continue;
    }
    const before = receipt.before[list];
    if (before === undefined) continue;
    const children = element.children;
    const first = children[before];
    const last = children[children.length - 1];
    if (!first || !last) continue;
    splices.push({ at: first.start, remove: last.end - first.start, insert: "" });
    if (element.attributes.count !== undefined) {
      splices.push(setAttribute(source, element, "count", String(before)));
    }
  }
  pkg.setText(name, applySplices(source, splices));
  return true;
}
