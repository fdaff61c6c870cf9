import type { OoxmlPackage } from "./ooxmlPackage";
import {
  applySplices,
  childrenNamed,
  escapeAttribute,
  insertAt,
  parseXml,
  removeElement,
  type Splice,
} from "./xmlDocument";

const PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

/** [Content_Types].xml: Overrides by part, Defaults by extension; changed by splices. */
export class ContentTypes {
  private readonly splices: Splice[] = [];
  private readonly source: string;
  private readonly doc;

  constructor(private readonly pkg: OoxmlPackage) {
    const source = pkg.text(PART);
    if (source === undefined) throw new Error("the package has no [Content_Types].xml");
    this.source = source;
    this.doc = parseXml(source, PART);
  }

  /** The content type of a part ("xl/workbook.xml"), by its Override or its extension's Default. */
  typeOf(part: string): string | undefined {
    const wanted = `/${part.replace(/^\/+/, "")}`.toLowerCase();
    const override = childrenNamed(this.doc.root, "Override").find(
      (o) => (o.attributes.PartName ?? "").toLowerCase() === wanted
    );
    if (override) return override.attributes.ContentType;
    const extension = wanted.slice(wanted.lastIndexOf(".") + 1);
    return childrenNamed(this.doc.root, "Default").find(
      (d) => (d.attributes.Extension ?? "").toLowerCase() === extension
    )?.attributes.ContentType;
  }

  hasDefault(extension: string): boolean {
    return childrenNamed(this.doc.root, "Default").some(
      (d) => (d.attributes.Extension ?? "").toLowerCase() === extension.toLowerCase()
    );
  }

  addOverride(part: string, type: string): void {
    this.splices.push(
      insertAt(
        this.doc.root.closeStart,
        `<Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`
      )
    );
  }

  /** Adds a Default, before the Overrides as Excel orders them. */
  addDefault(extension: string, type: string): void {
    const first = this.doc.root.children.find((c) => c.local === "Override");
    this.splices.push(
      insertAt(
        first ? first.start : this.doc.root.closeStart,
        `<Default Extension="${escapeAttribute(extension)}" ContentType="${escapeAttribute(type)}"/>`
      )
    );
  }

  removeOverride(part: string): void {
    const wanted = `/${part.replace(/^\/+/, "")}`.toLowerCase();
    for (const o of childrenNamed(this.doc.root, "Override")) {
      if ((o.attributes.PartName ?? "").toLowerCase() === wanted)
        this.splices.push(removeElement(o));
    }
  }

  removeDefault(extension: string): void {
    for (const d of childrenNamed(this.doc.root, "Default")) {
      if ((d.attributes.Extension ?? "").toLowerCase() === extension.toLowerCase()) {
        this.splices.push(removeElement(d));
      }
    }
  }

  save(): void {
    if (this.splices.length > 0) this.pkg.setText(PART, applySplices(this.source, this.splices));
  }
}
