import type { SheetInput } from "../cell/types";
import { applyMerges } from "./applyMerges";
import { type HeaderCandidate, headerCandidates } from "./findHeaderRow";
import type { Grid } from "./grid";
import { type SheetOrigin, sheetOrigin } from "./sheetOrigin";

/** An input sheet made ready for reading: origin known, merges filled, header rows scanned. */
export interface PreparedSheet {
  name: string;
  /** Hidden or very hidden in the workbook, as far as the host could tell. */
  hidden: boolean;
  /** Position among the input sheets (earlier sheets win ties). */
  order: number;
  origin: SheetOrigin;
  original: Grid;
  grid: Grid;
  candidates: HeaderCandidate[];
}

export function prepareSheet(input: SheetInput, order: number): PreparedSheet {
  const origin = sheetOrigin(typeof input.topLeft === "string" ? input.topLeft : undefined);
  const original: Grid = Array.isArray(input.values) ? input.values : [];
  const grid = applyMerges(original, input.merges, origin);
  const name = typeof input.name === "string" ? input.name : String(input.name);
  const hidden = input.hidden === true;
  return { name, hidden, order, origin, original, grid, candidates: headerCandidates(grid) };
}
