import { columnLetter } from "../cell/address";
import type { CellValue, SheetInput } from "../cell/types";
import type { LedgerId, UnitInfoKey } from "../model/ledgers";
import { buildTemplateModel, templateSheetOf } from "./buildTemplateModel";
import { TEMPLATE_TITLE_ROW } from "./layout";
import type {
  LedgerTemplateSheet,
  TemplateModel,
  TemplateOptions,
  UnitInfoTemplateSheet,
} from "./types";

/**
 * A sheet given whole, from A1, with its merged areas: a ledger kept in another form than the
 * template's (the sample's month-column dues register), written in the template sheet's place.
 */
export interface PlainSheet {
  name: string;
  values: CellValue[][];
  merges: string[];
}

/** What a filled-in template holds: 单位信息's values and each table's data rows. */
export interface TemplateData {
  unitInfo?: Partial<Record<UnitInfoKey, CellValue>>;
  /** Data rows in schema column order, from row 3 down. */
  rows?: Partial<Record<LedgerId, CellValue[][]>>;
  /** Ledgers given as whole sheets of another form, written instead of the template's table. */
  instead?: Partial<Record<LedgerId, PlainSheet>>;
}

const padded = (values: readonly CellValue[], width: number): CellValue[] =>
  Array.from({ length: width }, (_, i) => values[i] ?? "");

function titleMerge(width: number): string {
  return `A${TEMPLATE_TITLE_ROW}:${columnLetter(width - 1)}${TEMPLATE_TITLE_ROW}`;
}

/** A blank table's example rows as the template writes them: the marker right of the table. */
export function exampleRows(sheet: LedgerTemplateSheet): CellValue[][] {
  return sheet.examples.map((row) => [...padded(row, sheet.columns.length), sheet.exampleMarker]);
}

/**
 * The grid of a ledger table: title row, header row, data rows — or, in a blank template, the
 * example rows (as the template writers write them).
 */
export function ledgerGrid(
  sheet: LedgerTemplateSheet,
  dataRows: readonly CellValue[][]
): SheetInput {
  const width = sheet.columns.length;
  const rows = dataRows.length > 0 ? dataRows : exampleRows(sheet);
  // The examples' marker stands one column right of the table: the grid is that much wider.
  const gridWidth = Math.max(width, ...rows.map((row) => row.length));
  return {
    name: sheet.name,
    values: [
      padded([sheet.title], gridWidth),
      padded(
        sheet.columns.map((c) => c.label),
        gridWidth
      ),
      ...rows.map((row) => padded(row, gridWidth)),
    ],
    merges: [titleMerge(width)],
  };
}

/** The value 单位信息 shows for a key: the data's, else (absent or blank) the pre-filled one. */
export function unitInfoValue(
  sheet: UnitInfoTemplateSheet,
  key: UnitInfoKey,
  values: Partial<Record<UnitInfoKey, CellValue>> = {}
): CellValue {
  const given = values[key];
  if (given !== undefined && given !== "") return given;
  return sheet.entries.find((e) => e.key === key)?.value ?? "";
}

/** The grid of a filled 单位信息: title row, captions, one row per key. */
export function unitInfoGrid(
  sheet: UnitInfoTemplateSheet,
  values: Partial<Record<UnitInfoKey, CellValue>> = {}
): SheetInput {
  const width = sheet.columns.length;
  const rows = sheet.entries.map((entry) => {
    const row: CellValue[] = padded([], width);
    row[sheet.noteColumn] = entry.description;
    row[sheet.keyColumn] = entry.label;
    row[sheet.valueColumn] = unitInfoValue(sheet, entry.key, values);
    return row;
  });
  return {
    name: sheet.name,
    values: [padded([sheet.title], width), sheet.columns.map((c) => c.label), ...rows],
    merges: [titleMerge(width)],
  };
}

/** Keys of 单位信息 in template order, for reading its one data row positionally. */
function unitInfoValues(
  sheet: UnitInfoTemplateSheet,
  row: readonly CellValue[] | undefined
): Partial<Record<UnitInfoKey, CellValue>> {
  const values: Partial<Record<UnitInfoKey, CellValue>> = {};
  sheet.entries.forEach((entry, i) => {
    const value = row?.[i];
    if (value !== undefined) values[entry.key] = value;
  });
  return values;
}

/**
 * The grid a filled template sheet gives the engine (as Excel's Range.values would), so tests and
 * the sample generator can run checkWorkbook without a spreadsheet library. For 单位信息 the first
 * data row holds the values in key order (单位名称, 部门党组（党委）书记, 机关党委书记, 年度,
 * 党费集中交纳日, 党课频率); blank keys keep the template's pre-filled value.
 */
export function templateSheetInput(
  ledger: LedgerId,
  dataRows: CellValue[][],
  options: TemplateOptions = {}
): SheetInput {
  const model = buildTemplateModel(options);
  if (ledger === "unitInfo") {
    const sheet = templateSheetOf(model, "unitInfo");
    return unitInfoGrid(sheet, unitInfoValues(sheet, dataRows[0]));
  }
  return ledgerGrid(templateSheetOf(model, ledger), dataRows);
}

/** Every data sheet of a filled template, in workbook order (填表说明 is no input to the engine). */
export function templateWorkbookInput(model: TemplateModel, data: TemplateData = {}): SheetInput[] {
  return model.sheets.flatMap((sheet): SheetInput[] => {
    if (sheet.kind === "instructions") return [];
    if (sheet.kind === "unitInfo") return [unitInfoGrid(sheet, data.unitInfo)];
    const instead = data.instead?.[sheet.ledger];
    if (instead) return [{ name: instead.name, values: instead.values, merges: instead.merges }];
    return [ledgerGrid(sheet, data.rows?.[sheet.ledger] ?? [])];
  });
}
