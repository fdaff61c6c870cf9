import { toCellValue } from "../read/cellValue";
import { estimateOperation, RequestBatcher } from "./requestBudget";
import type { UsedArea } from "./scanMarks";
import { columnIndex, columnLetter, type SheetHighlights } from "../../engine";

/**
 * The cell each note naming no cell goes on (a note naming its cell goes there: the caller takes
 * `note.column`), as the .xlsx adapter chooses it: the row's first cell with a value; for a row
 * without one, its first unreadable cell, else the sheet's first used column.
 *
 * Asking Excel row by row would cost an operation per note, so the used range's first column is
 * read in long blocks first: a row with a value there has its answer. Only the rows left over are
 * asked one by one (getUsedRangeOrNullObject(true) of the row), batched by request size.
 */

/** Rows of the first column per load: about 1.5 MB of response at most. */
const FIRST_COLUMN_BLOCK = 50_000;
/** A response's estimated bytes per value. */
const VALUE_BYTES = 30;

export async function findNoteTargets(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  highlights: SheetHighlights,
  used: UsedArea | null
): Promise<Map<number, string>> {
  const targets = new Map<number, string>();
  const rows = highlights.notes.filter((n) => n.column === null).map((n) => n.row);
  if (rows.length === 0) return targets;
  const batcher = new RequestBatcher(context);
  const firstColumn = new Map<number, unknown>();

  if (used) {
    const top = Math.max(Math.min(...rows), used.rowIndex + 1);
    const bottom = Math.min(Math.max(...rows), used.rowIndex + used.rowCount);
    const blocks: { first: number; range: Excel.Range }[] = [];
    for (let first = top; first <= bottom; first += FIRST_COLUMN_BLOCK) {
      const count = Math.min(FIRST_COLUMN_BLOCK, bottom - first + 1);
      await batcher.room(estimateOperation() + count * VALUE_BYTES);
      blocks.push({
        first,
        range: worksheet.getRangeByIndexes(first - 1, used.columnIndex, count, 1).load("values"),
      });
    }
    await batcher.flush();
    for (const { first, range } of blocks) {
      range.values.forEach((row, i) => firstColumn.set(first + i, row[0]));
    }
  }

  const lookups: { row: number; range: Excel.Range }[] = [];
  for (const row of rows) {
    if (used && toCellValue(firstColumn.get(row)) !== "") {
      targets.set(row, `${columnLetter(used.columnIndex)}${row}`);
      continue;
    }
    if (!used) continue;
    await batcher.room(2 * estimateOperation());
    lookups.push({
      row,
      range: worksheet.getRange(`${row}:${row}`).getUsedRangeOrNullObject(true).load("columnIndex"),
    });
  }
  await batcher.flush();
  for (const { row, range } of lookups) {
    if (!range.isNullObject) targets.set(row, `${columnLetter(range.columnIndex)}${row}`);
  }

  for (const row of rows) {
    if (targets.has(row)) continue;
    const unreadable = highlights.unreadableCells.find((cell) => cell.row === row);
    const column = unreadable ? (columnIndex(unreadable.column) ?? 0) : (used?.columnIndex ?? 0);
    targets.set(row, `${columnLetter(column)}${row}`);
  }
  return targets;
}
