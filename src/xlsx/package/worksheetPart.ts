import { SaxesParser } from "saxes";
import { REL } from "./relationships";
import {
  applySplices,
  escapeText,
  insertAt,
  parseXml,
  prefixFor,
  prefixOf,
  removeElement,
  setAttribute,
  type Splice,
  type XmlDocument,
  type XmlElement,
} from "./xmlDocument";
import { markKindOf } from "../../engine/workbook";

/**
 * A worksheet part split where its cells end: everything up to and including `</sheetData>` is
 * kept as the very bytes it was (a 100k-row sheet is tens of megabytes), and only what follows —
 * merged cells, conditional formats, page setup, drawings… — is parsed and edited as XML.
 */

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The schema rank of a child; mc:AlternateContent ranks as the element of its first choice. */
function rankOf(element: XmlElement): number {
  if (element.local === "AlternateContent") {
    const inner = element.children[0]?.children[0];
    return inner ? rankOf(inner) : ORDER.length;
  }
  const rank = ORDER.indexOf(element.local);
  return rank < 0 ? ORDER.length : rank;
}

export interface MarkRule {
  sqref: string;
  formula: string;
  dxfId: number;
}

/** The sheet's tail, parsed: what follows its cells, inside a copy of the root's start tag. */
export class WorksheetPart {
  private readonly splices: Splice[] = [];

  private constructor(
    /** The part's bytes up to where the tail starts, untouched. */
    private readonly head: Uint8Array,
    private readonly rootTag: string,
    private readonly doc: XmlDocument
  ) {}

  static open(bytes: Uint8Array, name: string): WorksheetPart {
    const fast = splitAfterCells(bytes);
    if (fast) {
      const { head, tailStart } = fast;
      const tail = new TextDecoder("utf-8").decode(bytes.subarray(tailStart));
      const rootTag = readRootTag(bytes, name);
      return new WorksheetPart(head, rootTag, parseXml(rootTag + tail, name));
    }
    // The careful way, for parts holding comments, CDATA or processing instructions.
    const text = new TextDecoder("utf-8").decode(bytes);
    const full = parseXml(text, name);
    const sheetData = full.root.children.find((c) => c.local === "sheetData");
    const split = sheetData ? sheetData.end : full.root.openEnd;
    const rootTag = text.slice(full.root.start, full.root.openEnd);
    const head = new TextEncoder().encode(text.slice(0, split));
    return new WorksheetPart(head, rootTag, parseXml(rootTag + text.slice(split), name));
  }

  private get source(): string {
    return this.doc.source;
  }

  private get children(): XmlElement[] {
    return this.doc.root.children;
  }

  private element(local: string): string {
    return `${prefixOf(this.doc.root)}${local}`;
  }

  /** Where an element of this rank goes: before the first child ranked after it (or at `atOrAfter`). */
  private positionFor(local: string, beforeSame: boolean): number {
    const rank = ORDER.indexOf(local);
    const next = this.children.find((c) => (beforeSame ? rankOf(c) >= rank : rankOf(c) > rank));
    return next ? next.start : this.doc.root.closeStart;
  }

  /** Every cfRule of the sheet, the extension list's (x14) ones included: they share priorities. */
  private cfRules(): XmlElement[] {
    const rules: XmlElement[] = [];
    const visit = (element: XmlElement): void => {
      for (const child of element.children) {
        if (child.local === "cfRule") rules.push(child);
        else visit(child);
      }
    };
    visit(this.doc.root);
    return rules;
  }

  /** Our conditional formats: those whose every rule's formula carries the marker. */
  private ourFormats(): XmlElement[] {
    return this.children.filter(
      (c) =>
        c.local === "conditionalFormatting" &&
        c.children.length > 0 &&
        c.children.every(
          (rule) =>
            rule.local === "cfRule" && rule.children.some((f) => markKindOf(f.text) !== null)
        )
    );
  }

  /** The marks a check left: how many rows and cells they cover is counted by the caller. */
  ourMarkRefs(): { kind: string; sqref: string }[] {
    return this.ourFormats().map((format) => ({
      kind:
        markKindOf(format.children[0]?.children.find((f) => f.local === "formula")?.text) ??
        "other",
      sqref: format.attributes.sqref ?? "",
    }));
  }

  /** Removes our conditional formats and moves the user's rules back up. Returns the rules removed. */
  removeMarks(): number {
    const ours = this.ourFormats();
    if (ours.length === 0) return 0;
    const removedRules = new Set(ours.flatMap((f) => f.children));
    for (const format of ours) this.splices.push(removeElement(format));
    const remaining = this.cfRules().filter((rule) => !removedRules.has(rule));
    const priorities = remaining.map((rule) => Number(rule.attributes.priority ?? "1"));
    const top = Math.min(...priorities.filter(Number.isFinite));
    // Our rules held 1…n; a file Excel renumbered since may have closed part of that gap.
    const shift = Math.min(removedRules.size, Math.max(0, (Number.isFinite(top) ? top : 1) - 1));
    if (shift > 0) this.shiftPriorities(remaining, -shift);
    return removedRules.size;
  }

  private shiftPriorities(rules: readonly XmlElement[], by: number): void {
    for (const rule of rules) {
      const priority = Number(rule.attributes.priority);
      if (!Number.isInteger(priority)) continue;
      this.splices.push(setAttribute(this.source, rule, "priority", String(priority + by)));
    }
  }

  /** Adds our marks at priorities 1…n, before the user's, whose rules move down by n. */
  addMarks(rules: readonly MarkRule[]): void {
    if (rules.length === 0) return;
    this.shiftPriorities(this.cfRules(), rules.length);
    const cf = this.element("conditionalFormatting");
    const rule = this.element("cfRule");
    const formula = this.element("formula");
    const xml = rules
      .map(
        (r, i) =>
          `<${cf} sqref="${r.sqref}"><${rule} type="expression" dxfId="${r.dxfId}" priority="${i + 1}"><${formula}>${escapeText(r.formula)}</${formula}></${rule}></${cf}>`
      )
      .join("");
    this.splices.push(insertAt(this.positionFor("conditionalFormatting", true), xml));
  }

  /** The relationship id of the sheet's legacy drawing (the VML holding notes), if any. */
  legacyDrawingId(): string | undefined {
    const element = this.children.find((c) => c.local === "legacyDrawing");
    if (!element) return undefined;
    return Object.entries(element.attributes).find(([name]) => name.endsWith(":id"))?.[1];
  }

  addLegacyDrawing(id: string): void {
    const r = prefixFor(this.doc.root, REL);
    const attribute = r === undefined ? `xmlns:r="${REL}" r:id` : `${r}id`;
    this.splices.push(
      insertAt(
        this.positionFor("legacyDrawing", false),
        `<${this.element("legacyDrawing")} ${attribute}="${id}"/>`
      )
    );
  }

  removeLegacyDrawing(): void {
    const element = this.children.find((c) => c.local === "legacyDrawing");
    if (element) this.splices.push(removeElement(element));
  }

  /**
   * The part's text before its cells (sheet properties, views, `<sheetFormatPr>`, `<cols>`), found
   * without decoding the cells: where a note's box reaches depends on the columns' widths.
   */
  textBeforeCells(): string {
    const at = indexOf(this.head, SHEET_DATA);
    return new TextDecoder("utf-8").decode(this.head.subarray(0, at < 0 ? this.head.length : at));
  }

  get changed(): boolean {
    return this.splices.length > 0;
  }

  /** The part's new bytes: the untouched head, then the edited tail. */
  bytes(): Uint8Array {
    const edited = applySplices(this.source, this.splices);
    const tail = new TextEncoder().encode(edited.slice(this.rootTag.length));
    const out = new Uint8Array(this.head.length + tail.length);
    out.set(this.head, 0);
    out.set(tail, this.head.length);
    return out;
  }
}

const SHEET_DATA = new TextEncoder().encode("sheetData");
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

const isSpace = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
const isNameByte = (b: number | undefined): boolean =>
  b !== undefined && b !== LT && b !== GT && b !== SLASH && !isSpace(b);

/**
 * Where the cells end, found from the end of the part: the last `</sheetData>` (any prefix) or
 * `<sheetData/>`. Undefined when none is found or the tail holds a comment, CDATA section or
 * processing instruction, in which such text could hide: then the whole part is parsed instead.
 */
function splitAfterCells(bytes: Uint8Array): { head: Uint8Array; tailStart: number } | undefined {
  for (let at = bytes.length - SHEET_DATA.length; at >= 0; at--) {
    if (!matches(bytes, at)) continue;
    let end = at + SHEET_DATA.length;
    while (isSpace(bytes[end])) end++;
    let open = at - 1;
    // Skip a prefix ("x:").
    if (bytes[open] === 0x3a) {
      open--;
      while (isNameByte(bytes[open])) open--;
    }
    let tailStart: number | undefined;
    if (bytes[end] === GT && bytes[open] === SLASH && bytes[open - 1] === LT) tailStart = end + 1;
    else if (bytes[end] === SLASH && bytes[end + 1] === GT && bytes[open] === LT)
      tailStart = end + 2;
    if (tailStart === undefined) continue;
    const tail = new TextDecoder("utf-8").decode(bytes.subarray(tailStart));
    if (/<!--|-->|<!\[CDATA\[|\]\]>|<\?|\?>/.test(tail)) return undefined;
    return { head: bytes.subarray(0, tailStart), tailStart };
  }
  return undefined;
}

/** The first place `needle` occurs in `bytes`, or -1. */
function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  for (let at = 0; at + needle.length <= bytes.length; at++)
    if (matches(bytes, at, needle)) return at;
  return -1;
}

function matches(bytes: Uint8Array, at: number, needle: Uint8Array = SHEET_DATA): boolean {
  for (let i = 0; i < needle.length; i++) if (bytes[at + i] !== needle[i]) return false;
  return true;
}

/** The root element's start tag as written (its namespaces are needed to parse the tail alone). */
function readRootTag(bytes: Uint8Array, name: string): string {
  const parser = new SaxesParser({ xmlns: false, position: false, fileName: name });
  const found = new Error("root start tag read");
  let start = -1;
  let end = -1;
  parser.on("opentagstart", (tag) => {
    if (start < 0) start = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", () => {
    end = parser.position;
    throw found;
  });
  // The start tag comes after the XML declaration: read in small steps and stop there.
  const decoder = new TextDecoder("utf-8");
  let head = "";
  try {
    for (let at = 0; at < Math.min(bytes.length, 1 << 16); at += 1024) {
      const text = decoder.decode(bytes.subarray(at, Math.min(at + 1024, bytes.length)), {
        stream: true,
      });
      head += text;
      parser.write(text);
    }
  } catch (error) {
    if (error !== found) throw error;
  }
  if (start < 0 || end < 0) throw new Error(`${name}: no root element in its first 64 KB`);
  return head.slice(start, end);
}
