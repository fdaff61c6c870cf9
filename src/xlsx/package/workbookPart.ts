import { REL, type Relationships } from "./relationships";
import {
  applySplices,
  childrenNamed,
  escapeAttribute,
  escapeText,
  firstChild,
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
import type { OoxmlPackage } from "./ooxmlPackage";

/** CT_Workbook's children in schema order, for a definedNames element the workbook lacks. */
const ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  /** The worksheet part (undefined for a chart sheet or a broken reference). */
  part: string | undefined;
  kind: string;
  /** Position in the tab order, 0-based. */
  index: number;
  element: XmlElement;
}

/** A sheet of ours to put first in the tab order (absolute references: "$A$1:$H$40"). */
export interface LeadingSheet {
  name: string;
  relationshipId: string;
  print: { area: string; titles: string };
  autoFilter?: string;
}

/** xl/workbook.xml: the sheet list, defined names and views, changed by splices. */
export class WorkbookPart {
  private readonly doc: XmlDocument;
  private readonly splices: Splice[] = [];
  readonly sheets: WorkbookSheet[];

  constructor(
    private readonly pkg: OoxmlPackage,
    readonly name: string,
    rels: Relationships
  ) {
    const source = pkg.text(name);
    if (source === undefined) throw new Error(`${name} is missing`);
    this.doc = parseXml(source, name);
    const list = firstChild(this.doc.root, "sheets");
    this.sheets = (list ? childrenNamed(list, "sheet") : []).map((element, index) => {
      const id = Object.entries(element.attributes).find(([n]) => n.endsWith(":id"))?.[1];
      const rel = id === undefined ? undefined : rels.byId(id);
      return {
        name: element.attributes.name ?? "",
        sheetId: Number(element.attributes.sheetId ?? 0),
        part: rel?.part ?? undefined,
        kind: rel?.kind ?? "",
        index,
        element,
      };
    });
  }

  private get source(): string {
    return this.doc.source;
  }

  private definedNames(): XmlElement[] {
    const names = firstChild(this.doc.root, "definedNames");
    return names ? childrenNamed(names, "definedName") : [];
  }

  private views(): XmlElement[] {
    const views = firstChild(this.doc.root, "bookViews");
    return views ? childrenNamed(views, "workbookView") : [];
  }

  /**
   * Adds sheets first in the tab order, in the order given, each with its print area and titles
   * (and the hidden filter range of an AutoFilter) as the defined names Excel uses; every defined
   * name scoped to a sheet and each view's active and first tab move along by as many places, so
   * they still mean the same sheets. Returns whether the active tab had to be written (it was
   * implicit), for the receipt.
   */
  addFirstSheets(sheets: readonly LeadingSheet[]): { activeTabWritten: boolean } {
    const root = this.doc.root;
    const p = prefixOf(root);
    const r = prefixFor(root, REL);
    const rid = r === undefined ? `xmlns:r="${REL}" r:id` : `${r}id`;
    const count = sheets.length;
    const list = firstChild(root, "sheets");
    if (!list) throw new Error("the workbook lists no sheets");
    let sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId));
    this.splices.push(
      insertAt(
        list.openEnd,
        sheets
          .map(
            (sheet) =>
              `<${p}sheet name="${escapeAttribute(sheet.name)}" sheetId="${++sheetId}" ${rid}="${sheet.relationshipId}"/>`
          )
          .join("")
      )
    );
    for (const defined of this.definedNames()) {
      const local = Number(defined.attributes.localSheetId);
      if (Number.isInteger(local)) {
        this.splices.push(
          setAttribute(this.source, defined, "localSheetId", String(local + count))
        );
      }
    }
    const names = sheets
      .map((sheet, index) => {
        const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
        const name = (defined: string, ref: string, hidden = false): string =>
          `<${p}definedName name="${defined}" localSheetId="${index}"${hidden ? ' hidden="1"' : ""}>${escapeText(`${quoted}!${ref}`)}</${p}definedName>`;
        return (
          (sheet.autoFilter ? name("_xlnm._FilterDatabase", sheet.autoFilter, true) : "") +
          name("_xlnm.Print_Area", sheet.print.area) +
          name("_xlnm.Print_Titles", sheet.print.titles)
        );
      })
      .join("");
    const definedNames = firstChild(root, "definedNames");
    if (definedNames) this.splices.push(insertAt(definedNames.openEnd, names));
    else {
      const rank = ORDER.indexOf("definedNames");
      const next = root.children.find((c) => ORDER.indexOf(c.local) > rank);
      this.splices.push(
        insertAt(
          next ? next.start : root.closeStart,
          `<${p}definedNames>${names}</${p}definedNames>`
        )
      );
    }
    let activeTabWritten = false;
    for (const view of this.views()) {
      const active = view.attributes.activeTab;
      if (active === undefined) activeTabWritten = true;
      this.splices.push(
        setAttribute(this.source, view, "activeTab", String(Number(active ?? 0) + count))
      );
      const first = Number(view.attributes.firstSheet);
      if (Number.isInteger(first) && first > 0) {
        this.splices.push(setAttribute(this.source, view, "firstSheet", String(first + count)));
      }
    }
    return { activeTabWritten };
  }

  /**
   * Removes sheets (our summaries) with their sheet-scoped defined names; later sheets' names and
   * the views' tabs move back. `activeTabWritten` (from the receipt) removes an active tab the
   * check had to write.
   */
  removeSheets(indices: readonly number[], activeTabWritten: boolean): void {
    if (indices.length === 0) return;
    const removed = new Set(indices);
    const before = (index: number): number => indices.filter((i) => i < index).length;
    for (const sheet of this.sheets)
      if (removed.has(sheet.index)) this.splices.push(removeElement(sheet.element));
    const definedNames = firstChild(this.doc.root, "definedNames");
    const names = this.definedNames();
    const kept = names.filter((d) => !removed.has(Number(d.attributes.localSheetId)));
    if (definedNames && kept.length === 0) this.splices.push(removeElement(definedNames));
    for (const defined of names) {
      const local = Number(defined.attributes.localSheetId);
      if (defined.attributes.localSheetId === undefined || !Number.isInteger(local)) continue;
      if (removed.has(local)) {
        if (kept.length > 0) this.splices.push(removeElement(defined));
        continue;
      }
      const shift = before(local);
      if (shift > 0 && kept.length > 0) {
        this.splices.push(
          setAttribute(this.source, defined, "localSheetId", String(local - shift))
        );
      }
    }
    const remaining = this.sheets.length - removed.size;
    for (const view of this.views()) {
      const active = Number(view.attributes.activeTab ?? 0);
      const moved = removed.has(active)
        ? Math.min(active - before(active), remaining - 1)
        : active - before(active);
      if (activeTabWritten && moved === 0 && view.attributes.activeTab !== undefined) {
        const tag = this.source.slice(view.start, view.openEnd);
        const match = /\s+activeTab\s*=\s*("[^"]*"|'[^']*')/.exec(tag);
        if (match)
          this.splices.push({ at: view.start + match.index, remove: match[0].length, insert: "" });
      } else if (view.attributes.activeTab !== undefined && moved !== active) {
        this.splices.push(setAttribute(this.source, view, "activeTab", String(Math.max(0, moved))));
      }
      const first = Number(view.attributes.firstSheet);
      if (Number.isInteger(first) && first > 0) {
        this.splices.push(
          setAttribute(this.source, view, "firstSheet", String(Math.max(0, first - before(first))))
        );
      }
    }
  }

  save(): void {
    if (this.splices.length > 0)
      this.pkg.setText(this.name, applySplices(this.source, this.splices));
  }
}
