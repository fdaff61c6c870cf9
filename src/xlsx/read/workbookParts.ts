import { parseXmlPart, resolveTarget, type XlsxPackage } from "./xmlParts";

/** A worksheet as the workbook lists it: its tab name and the part holding its cells. */
export interface WorkbookSheet {
  name: string;
  part: string;
  /** `state="hidden"` or `"veryHidden"` on the workbook's <sheet>. */
  hidden: boolean;
}

export interface WorkbookParts {
  /** Worksheets in tab order, hidden ones included; chart, macro and dialog sheets left out. */
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** The shared strings' and styles' parts (Excel's usual names when the workbook names none). */
  sharedStrings: string;
  styles: string;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

interface Relationship {
  type: string;
  part: string;
}

/** What workbook.xml and its relationships say: the sheets, their parts, the date system. */
export async function readWorkbookParts(pkg: XlsxPackage): Promise<WorkbookParts> {
  const relationships = await readRelationships(pkg);
  const listed: { name: string; id: string | undefined; hidden: boolean }[] = [];
  let date1904 = false;
  await parseXmlPart(pkg, WORKBOOK, (parser) => {
    parser.on("opentag", (tag) => {
      if (tag.name === "sheet") {
        const name = tag.attributes.name;
        const { state } = tag.attributes;
        const hidden = state === "hidden" || state === "veryHidden";
        if (name !== undefined) listed.push({ name, id: relationshipId(tag.attributes), hidden });
      } else if (tag.name === "workbookPr") {
        const value = tag.attributes.date1904;
        date1904 = value === "1" || value === "true";
      }
    });
  });
  const sheets: WorkbookSheet[] = [];
  for (const { name, id, hidden } of listed) {
    const relationship = id === undefined ? undefined : relationships.get(id);
    if (relationship?.type === "worksheet") sheets.push({ name, part: relationship.part, hidden });
  }
  const partOf = (type: string): string | undefined =>
    [...relationships.values()].find((relationship) => relationship.type === type)?.part;
  return {
    sheets,
    date1904,
    sharedStrings: partOf("sharedStrings") ?? "xl/sharedStrings.xml",
    styles: partOf("styles") ?? "xl/styles.xml",
  };
}

async function readRelationships(pkg: XlsxPackage): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  await parseXmlPart(pkg, WORKBOOK_RELS, (parser) => {
    parser.on("opentag", (tag) => {
      if (tag.name !== "Relationship" || tag.attributes.TargetMode === "External") return;
      const { Id: id, Target: target, Type: type } = tag.attributes;
      if (id === undefined || target === undefined || type === undefined) return;
      // Strict OOXML uses another namespace for the same types; the last segment tells them apart.
      const kind = type.startsWith(RELATIONSHIP_TYPES)
        ? type.slice(RELATIONSHIP_TYPES.length)
        : type.slice(type.lastIndexOf("/") + 1);
      relationships.set(id, { type: kind, part: resolveTarget(WORKBOOK, target) });
    });
  });
  return relationships;
}

/** The sheet's `r:id`, whatever prefix the file binds the relationships namespace to. */
function relationshipId(attributes: Record<string, string>): string | undefined {
  const usual = attributes["r:id"];
  if (usual !== undefined) return usual;
  for (const [key, value] of Object.entries(attributes)) {
    if (key.endsWith(":id")) return value;
  }
  return undefined;
}
