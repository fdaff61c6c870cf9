import ExcelJS from "exceljs";
import { plainCell } from "./cellValue";
import { DEFAULT_GRID_LIMITS, GridBuilder, type GridLimits } from "./gridBuilder";
import type { MergeArea } from "./mergeArea";
import type { SheetInput } from "../../engine";

export interface SheetReadOptions {
  /** Names the file in error messages. */
  file?: string;
  limits?: Partial<GridLimits>;
}

/**
 * One SheetInput per worksheet of a loaded workbook, in workbook order, hidden sheets included.
 * Chart sheets never appear: ExcelJS does not load them. The workbook is only read.
 */
export function sheetsFromWorkbook(
  workbook: ExcelJS.Workbook,
  options: SheetReadOptions = {}
): SheetInput[] {
  const limits = { ...DEFAULT_GRID_LIMITS, ...options.limits };
  return workbook.worksheets.map((worksheet) =>
    sheetFromWorksheet(worksheet, options.file ?? "", limits)
  );
}

function sheetFromWorksheet(
  worksheet: ExcelJS.Worksheet,
  file: string,
  limits: GridLimits
): SheetInput {
  const grid = new GridBuilder(worksheet.name, file, limits);
  const merges = new Map<string, MergeArea>();
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        // ExcelJS repeats the top-left value on every merged cell; Excel keeps it top-left only.
        extendMerge(merges, rowNumber, columnNumber, cell.master);
        return;
      }
      grid.add(rowNumber, columnNumber, plainCell(cell.value));
    });
  });
  for (const area of merges.values()) grid.addMerge(area);
  const sheet = grid.build();
  // The engine prefers a visible sheet among several for one ledger (ExcelJS: state).
  if (worksheet.state === "hidden" || worksheet.state === "veryHidden") sheet.hidden = true;
  return sheet;
}

/** Grows the master's area by one of its cells: a merge's extent is its master plus the rest. */
function extendMerge(
  merges: Map<string, MergeArea>,
  row: number,
  column: number,
  masterCell: unknown
): void {
  const master = positionOf(masterCell);
  if (!master || (master.row === row && master.col === column)) return;
  const area = merges.get(master.address) ?? {
    top: master.row,
    left: master.col,
    bottom: master.row,
    right: master.col,
  };
  area.top = Math.min(area.top, row);
  area.left = Math.min(area.left, column);
  area.bottom = Math.max(area.bottom, row);
  area.right = Math.max(area.right, column);
  merges.set(master.address, area);
}

interface CellPosition {
  address: string;
  row: number;
  col: number;
}

/** ExcelJS types `master` as always a Cell; a bare value-less cell read from a file has none. */
function positionOf(cell: unknown): CellPosition | undefined {
  if (typeof cell !== "object" || cell === null || !("fullAddress" in cell)) return undefined;
  const position: unknown = cell.fullAddress;
  if (typeof position !== "object" || position === null) return undefined;
  if (!("address" in position && "row" in position && "col" in position)) return undefined;
  const { address, row, col } = position;
  if (typeof address !== "string" || typeof row !== "number" || typeof col !== "number") {
    return undefined;
  }
  return { address, row, col };
}
