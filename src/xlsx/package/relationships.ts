import type { OoxmlPackage } from "./ooxmlPackage";
import { relsPartOf, resolveTarget } from "./ooxmlPackage";
import {
  applySplices,
  childrenNamed,
  escapeAttribute,
  insertAt,
  parseXml,
  removeElement,
  type Splice,
  type XmlElement,
} from "./xmlDocument";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const RELATIONSHIP = {
  worksheet: `${REL}/worksheet`,
  comments: `${REL}/comments`,
  vmlDrawing: `${REL}/vmlDrawing`,
} as const;

export interface Relationship {
  id: string;
  /** The type's last segment ("worksheet", "comments"), the same in transitional and strict. */
  kind: string;
  /** The part it points at (internal targets only). */
  part: string | null;
  element: XmlElement;
}

/** A part's relationships, read from its .rels part (none when it has no such part). */
export class Relationships {
  private splices: Splice[] = [];
  private added: string[] = [];

  private constructor(
    private readonly pkg: OoxmlPackage,
    readonly owner: string,
    readonly name: string,
    private readonly source: string | undefined,
    readonly list: Relationship[],
    private readonly rootCloseStart: number
  ) {}

  static read(pkg: OoxmlPackage, owner: string): Relationships {
    const name = relsPartOf(owner);
    const source = pkg.text(name);
    if (source === undefined) return new Relationships(pkg, owner, name, undefined, [], 0);
    const doc = parseXml(source, name);
    const list = childrenNamed(doc.root, "Relationship").map((element) => {
      const { Id = "", Type = "", Target = "", TargetMode } = element.attributes;
      return {
        id: Id,
        kind: Type.slice(Type.lastIndexOf("/") + 1),
        part: TargetMode === "External" ? null : resolveTarget(owner, Target),
        element,
      };
    });
    return new Relationships(pkg, owner, name, source, list, doc.root.closeStart);
  }

  ofKind(kind: string): Relationship[] {
    return this.list.filter((r) => r.kind === kind);
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** Adds a relationship; returns its new id ("rId5": one past the highest rIdN in use). */
  add(type: string, target: string): string {
    const taken = new Set([...this.list.map((r) => r.id), ...this.added]);
    let n = 1;
    for (const id of taken) {
      const m = /^rId(\d+)$/.exec(id);
      if (m) n = Math.max(n, Number(m[1]) + 1);
    }
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push(id);
    const element = `<Relationship Id="${id}" Type="${escapeAttribute(type)}" Target="${escapeAttribute(target)}"/>`;
    this.splices.push(insertAt(this.rootCloseStart, element));
    return id;
  }

  remove(relationship: Relationship): void {
    this.splices.push(removeElement(relationship.element));
    this.removedIds.add(relationship.id);
  }

  private readonly removedIds = new Set<string>();

  /** Writes the changes; a rels part left without relationships is removed. */
  save(): void {
    if (this.splices.length === 0) return;
    if (this.source === undefined) {
      const body = this.splices.map((s) => s.insert).join("");
      this.pkg.setText(
        this.name,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}">${body}</Relationships>`
      );
      return;
    }
    const remaining =
      this.list.filter((r) => !this.removedIds.has(r.id)).length + this.added.length;
    // Excel writes no empty .rels part: one left empty was made by a check for its notes.
    if (remaining === 0) {
      this.pkg.remove(this.name);
      return;
    }
    this.pkg.setText(this.name, applySplices(this.source, this.splices));
  }
}
