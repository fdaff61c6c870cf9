/** What the raw XML says about a cell that ExcelJS's streaming reader gets wrong. */
export interface ObservedCell {
  /** "e": error, "b": boolean, "inlineStr": inline string — the cell's `t` attribute. */
  type: "e" | "b" | "inlineStr";
  /** The error text, "0"/"1", or the inline string's full text (every run). */
  text: string;
}

const isObservedType = (type: string | undefined): type is ObservedCell["type"] =>
  type === "e" || type === "b" || type === "inlineStr";

/**
 * Watches a worksheet's XML as it streams past ExcelJS's WorksheetReader and remembers what that
 * reader loses: error and boolean formula results (it parses them as numbers), inline strings
 * with several runs (it keeps only the last), and the merged areas (it skips them). Only complete
 * tags are examined; a tag cut by a chunk boundary waits for the next chunk.
 */
export class SheetXmlObserver {
  private readonly cells = new Map<string, ObservedCell>();
  private readonly mergeRefs: string[] = [];
  private pending = "";
  private current: { ref: string; cell: ObservedCell } | undefined;
  private capturing = false;

  feed(chunk: string): void {
    this.pending += chunk;
    const end = this.pending.lastIndexOf(">");
    if (end < 0) return;
    const complete = this.pending.slice(0, end + 1);
    this.pending = this.pending.slice(end + 1);
    // Outside a cell of interest only `<c …>` and `<mergeCell …>` tags matter, so the scan jumps
    // from one to the next; every other tag and text is walked piece by piece only inside such a
    // cell. Tokenising every tag of a 100k-row sheet cost more than ExcelJS's own parse.
    const interesting = /<(?:c|mergeCell)(?=[\s/>])[^>]*>/g;
    const pieces = /<([^>]*)>|([^<]+)/g;
    let at = 0;
    while (at < complete.length) {
      if (!this.current) {
        interesting.lastIndex = at;
        const match = interesting.exec(complete);
        if (!match) break;
        this.tag(match[0].slice(1, -1));
        at = interesting.lastIndex;
        continue;
      }
      pieces.lastIndex = at;
      const match = pieces.exec(complete);
      if (!match) break;
      at = pieces.lastIndex;
      if (match[1] !== undefined) this.tag(match[1]);
      else if (this.capturing) this.current.cell.text += decodeXml(match[2] ?? "");
    }
  }

  /** The observation for a cell ("B7"), handed out once so memory stays flat on long sheets. */
  take(ref: string): ObservedCell | undefined {
    const cell = this.cells.get(ref);
    if (cell) this.cells.delete(ref);
    return cell;
  }

  /** Every `<mergeCell ref>` seen, as written. */
  get merges(): readonly string[] {
    return this.mergeRefs;
  }

  private tag(body: string): void {
    if (body.startsWith("/")) {
      this.close(body.slice(1).trim());
      return;
    }
    const name = /^[^\s/]+/.exec(body)?.[0] ?? "";
    const selfClosing = body.endsWith("/");
    switch (name) {
      case "c": {
        // The type first: almost every cell is a number or a shared string, and needs no `r`.
        const type = attribute(body, T_ATTRIBUTE);
        const ref = !selfClosing && isObservedType(type) ? attribute(body, R_ATTRIBUTE) : undefined;
        this.current =
          ref !== undefined && isObservedType(type) ? { ref, cell: { type, text: "" } } : undefined;
        this.capturing = false;
        break;
      }
      case "v":
        this.capturing =
          !selfClosing && this.current !== undefined && this.current.cell.type !== "inlineStr";
        break;
      case "t":
        this.capturing = !selfClosing && this.current?.cell.type === "inlineStr";
        break;
      case "mergeCell": {
        const ref = attribute(body, REF_ATTRIBUTE);
        if (ref !== undefined) this.mergeRefs.push(ref);
        break;
      }
      default:
        break;
    }
  }

  private close(name: string): void {
    if (name === "v" || name === "t") {
      this.capturing = false;
    } else if (name === "c") {
      if (this.current) this.cells.set(this.current.ref, this.current.cell);
      this.current = undefined;
      this.capturing = false;
    }
  }
}

/** An attribute's value, single or double quoted; built once, as a tag is examined per cell. */
const attributePattern = (name: string): RegExp =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const T_ATTRIBUTE = attributePattern("t");
const R_ATTRIBUTE = attributePattern("r");
const REF_ATTRIBUTE = attributePattern("ref");

function attribute(tag: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(tag);
  if (!match) return undefined;
  return decodeXml(match[1] ?? match[2] ?? "");
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** XML's five named entities and numeric character references; anything else is left as written. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#")) {
      const code = entity.startsWith("#x")
        ? parseInt(entity.slice(2), 16)
        : parseInt(entity.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[entity] ?? whole;
  });
}
