import type { CheckPatch } from "./packageCheck";
import { parseCellAddress, type SheetInput } from "../../engine";

/**
 * Where values are, from the grids the reader gave: a row's value columns (a note goes on the
 * first) and a sheet's used columns (a row mark spans them), by sheet name.
 */
export function gridColumns(
  sheets: readonly SheetInput[]
): Pick<CheckPatch, "valueColumns" | "usedColumns"> {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const origin = (sheet: SheetInput) =>
    parseCellAddress(sheet.topLeft ?? "A1") ?? { row: 1, column: 0 };
  return {
    valueColumns(name, row) {
      const sheet = byName.get(name);
      if (!sheet) return [];
      const at = origin(sheet);
      const values = sheet.values[row - at.row] ?? [];
      const columns: number[] = [];
      values.forEach((value, i) => {
        if (value !== "") columns.push(at.column + i + 1);
      });
      return columns;
    },
    usedColumns(name) {
      const sheet = byName.get(name);
      if (!sheet) return null;
      let first = Infinity;
      let last = 0;
      for (const row of sheet.values) {
        row.forEach((value, i) => {
          if (value === "") return;
          first = Math.min(first, i);
          last = Math.max(last, i);
        });
      }
      if (last === 0 && first === Infinity) return null;
      const at = origin(sheet);
      return { first: at.column + first + 1, last: at.column + last + 1 };
    },
  };
}
