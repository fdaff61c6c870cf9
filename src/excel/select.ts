import { officeHostError } from "./officeErrors";
import { HostError } from "./hostErrors";
import { columnIndex, columnLetter } from "../engine";

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/**
 * Brings a ledger row into view: activates its sheet and selects the finding's cell, or the row
 * across the sheet's used columns when the finding names no column. Two syncs: one to find the
 * sheet and its used columns, one to activate and select.
 */
export async function selectRow(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  column: string | null
): Promise<void> {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) {
    throw new HostError(
      `无法定位：“${sheet}”第${row}行不是有效的行号。`,
      `Cannot go to row ${row} of ${sheet}: not a valid row number.`
    );
  }
  if (column !== null && columnIndex(column) === undefined) {
    throw new HostError(
      `无法定位：“${sheet}”第${row}行的列“${column}”不是有效的列号。`,
      `Cannot go to column ${column} of row ${row} in ${sheet}: not a valid column.`
    );
  }
  try {
    // The sheet is looked up on its own first: nothing is chained on what may be a null object.
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load("name,visibility");
    await context.sync();
    if (worksheet.isNullObject) {
      throw new HostError(
        `找不到工作表“${sheet}”：检查之后它被删除或改名了。请重新检查。`,
        `Sheet ${sheet} no longer exists: it was deleted or renamed after the check. Check again.`
      );
    }
    if (worksheet.visibility !== "Visible") {
      // Excel cannot bring a hidden sheet to the front; unhiding it is the user's call, not ours.
      throw new HostError(
        `工作表“${sheet}”已隐藏，无法定位到第${row}行。请右键单击任一工作表标签，选择“取消隐藏”后重试。`,
        `Sheet ${sheet} is hidden, so row ${row} cannot be shown. Right-click a sheet tab, choose Unhide, and try again.`
      );
    }
    let address = column === null ? `${row}:${row}` : `${column.toUpperCase()}${row}`;
    if (column === null) {
      const used = worksheet.getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
      await context.sync();
      if (!used.isNullObject) {
        const first = columnLetter(used.columnIndex);
        const last = columnLetter(used.columnIndex + used.columnCount - 1);
        address = `${first}${row}:${last}${row}`;
      }
    }
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  } catch (error) {
    throw officeHostError(error, {
      "zh-CN": `定位到“${sheet}”第${row}行`,
      "en-US": `going to row ${row} of ${sheet}`,
    });
  }
}
