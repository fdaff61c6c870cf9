import { SUMMARY_MARKER } from "../../engine/workbook";

/** What a writer needs to know of the workbook's sheets before it adds or removes one. */
export interface SheetInfo {
  name: string;
  position: number;
  visible: boolean;
  /** The value of the marker cell (Z1), where our sheets carry their mark. */
  marker: unknown;
}

export interface Inventory {
  sheets: SheetInfo[];
  activeSheet: string | null;
  /** Workbook structure protection: no sheet may be added, deleted or renamed. */
  structureProtected: boolean;
}

function firstValue(values: unknown): unknown {
  if (!Array.isArray(values)) return undefined;
  const row: unknown = values[0];
  return Array.isArray(row) ? row[0] : undefined;
}

/** Loads every sheet's name, position, visibility and marker cell in two syncs. */
export async function loadInventory(context: Excel.RequestContext): Promise<Inventory> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const protection = context.workbook.protection;
  protection.load("protected");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();

  const markers = worksheets.items.map((sheet) => {
    const cell = sheet.getRange(SUMMARY_MARKER.address);
    cell.load("values");
    return cell;
  });
  await context.sync();

  return {
    sheets: worksheets.items.map((sheet, i) => ({
      name: sheet.name,
      position: sheet.position,
      visible: sheet.visibility === "Visible",
      marker: firstValue(markers[i]?.values),
    })),
    activeSheet: typeof active.name === "string" ? active.name : null,
    structureProtected: protection.protected === true,
  };
}
