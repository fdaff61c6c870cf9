import type { ContentTypes } from "./contentTypes";
import type { OoxmlPackage } from "./ooxmlPackage";
import type { Relationships } from "./relationships";
import { applySplices, parseXml, removeElement, type Splice } from "./xmlDocument";

/**
 * Takes the cells of removed sheets out of the calculation chain: Excel repairs a file whose chain
 * names a cell without a formula. A chain entry without `i` belongs to the previous entry's sheet
 * (ECMA-376 Part 1, 18.6.1), so runs are followed. A chain left empty goes with its relationship.
 */
export function dropFromCalcChain(
  pkg: OoxmlPackage,
  workbookRels: Relationships,
  types: ContentTypes,
  sheetIds: ReadonlySet<number>
): void {
  const rel = workbookRels.ofKind("calcChain")[0];
  const part = rel?.part ?? undefined;
  const source = part ? pkg.text(part) : undefined;
  if (!rel || !part || source === undefined || sheetIds.size === 0) return;
  const doc = parseXml(source, part);
  const splices: Splice[] = [];
  let sheet = 0;
  let kept = 0;
  for (const cell of doc.root.children.filter((child) => child.local === "c")) {
    if (cell.attributes.i !== undefined) sheet = Number(cell.attributes.i);
    if (sheetIds.has(sheet)) splices.push(removeElement(cell));
    else kept++;
  }
  if (splices.length === 0) return;
  if (kept > 0) {
    pkg.setText(part, applySplices(source, splices));
    return;
  }
  pkg.remove(part);
  types.removeOverride(part);
  workbookRels.remove(rel);
}
