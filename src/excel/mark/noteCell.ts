import type { UsedArea } from "./scanMarks";
import { columnIndex, columnLetter } from "../../engine";

/**
 * Where a row's note goes when the cell chosen for it holds a threaded comment. A cell holds a note
 * or a threaded comment, never both (Excel adds a threaded comment only "if no comment already
 * exists", https://learn.microsoft.com/office/vba/api/excel.range.addcommentthreaded), and a note
 * added on a comment's cell fails the whole request it rides in. So the note moves along its row:
 * right of the chosen cell within the sheet's used columns, then left of it. Our notes are found
 * again by their header wherever they sit, so clearing and the next check do not care where.
 * Null when every cell of the row within the used columns holds a comment: the note is skipped and
 * the pane says so.
 */
export function noteCellAvoiding(
  address: string,
  commentCells: ReadonlySet<string>,
  used: UsedArea | null
): string | null {
  if (!commentCells.has(address)) return address;
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  const column = match ? columnIndex(match[1] ?? "") : undefined;
  if (!match || column === undefined || !used) return null;
  const row = match[2] ?? "";
  const first = used.columnIndex;
  const last = used.columnIndex + used.columnCount - 1;
  const order = [
    ...Array.from({ length: Math.max(0, last - column) }, (_, i) => column + 1 + i),
    ...Array.from({ length: Math.max(0, column - first) }, (_, i) => column - 1 - i),
  ];
  for (const candidate of order) {
    const cell = `${columnLetter(candidate)}${row}`;
    if (!commentCells.has(cell)) return cell;
  }
  return null;
}
