import type { CellValue } from "../cell/types";
import type { ReadIssue, UnitInfo, UnitInfoKey } from "../model/ledgers";
import {
  parseCollectionDay,
  parseDate,
  parseLectureFrequency,
  parseName,
  parseYear,
  parseYears,
} from "../parse";
import type { ColumnSchema } from "../schema/ledgerSchemas";
import { UNIT_INFO_SCHEMA } from "../schema/ledgerSchemas";
import { type CellReader, readText } from "./cellReaders";
import { columnLookup } from "./columnLookup";
import { cellAt, displayText, type Grid, headerLabel, shortText } from "./grid";
import { normalizeHeader } from "./normalizeHeader";
import { type SheetOrigin, sheetColumn, sheetRow } from "./sheetOrigin";

/** 单位信息 is a short form; a sheet this long under that name is something else. */
const UNIT_INFO_SCAN_ROWS = 200;
const UNIT_INFO_SCAN_COLUMNS = 50;
/** Longer texts are notes, never keys. */
const MAX_KEY_LENGTH = 60;

const UNIT_READERS: { readonly [K in UnitInfoKey]: CellReader<NonNullable<UnitInfo[K]>> } = {
  unitName: readText,
  departmentSecretary: parseName,
  agencySecretary: parseName,
  year: parseYear,
  collectionDay: parseCollectionDay,
  lectureFrequency: parseLectureFrequency,
  agencyDeputySecretary: parseName,
  agencyElectionDate: parseDate,
  agencyTermYears: parseYears,
  reporter: parseName,
  reporterPhone: readText,
  reviewer: parseName,
  reportDate: parseDate,
};

/**
 * Keys that do not make a sheet 单位信息 by themselves: a roster or contact list has 联系电话 and
 * names of people too.
 */
const SIGN_OFF_KEYS: ReadonlySet<UnitInfoKey> = new Set([
  "reporter",
  "reporterPhone",
  "reviewer",
  "reportDate",
]);

const isUnitInfoKey = (field: string): field is UnitInfoKey => field in UNIT_READERS;

/** A key cell found on the sheet. */
interface KeyCell {
  column: ColumnSchema & { field: UnitInfoKey };
  row: number;
  col: number;
  /** The key as written, for messages. */
  text: string;
  /** The value written in the key cell itself ("单位名称：市某某局"). */
  inline?: string;
}

/** Where a key's value was found. */
interface ValueCell {
  value: CellValue;
  row: number;
  col: number;
}

/**
 * Reads 单位信息. The template's table (项目 | 填写内容 | 说明 under a caption row) gives each key's
 * value under 填写内容 only. Otherwise two layouts are accepted, as offices fill the form either way:
 * - key/value pairs in any row: the value is the next non-blank cell to the right of the key
 *   (or written in the key cell itself after a colon: "年度：2024");
 * - keys as a header row with the values in the row below (used when the next non-blank cell to
 *   the right of a key is itself a key, or there is none).
 * The first occurrence of a key wins. `rows` holds the sheet row of the cell that carries each
 * setting (the value's row; the key's row when the value is blank), so findings point at what to
 * edit. Values that cannot be read are reported; blank values are not (every key is optional).
 */
export function readUnitInfo(
  sheet: string,
  grid: Grid,
  origin: SheetOrigin,
  issues: ReadIssue[]
): UnitInfo {
  const info: UnitInfo = { rows: {} };
  const keys = findKeys(grid);
  const table = itemTable(grid);
  const keyPositions = new Set(keys.map((k) => positionKey(k.row, k.col)));
  const seen = new Set<UnitInfoKey>();
  for (const key of keys) {
    if (seen.has(key.column.field)) continue;
    seen.add(key.column.field);
    const found = valueOf(key, grid, keyPositions, table);
    info.rows[key.column.field] = sheetRow(origin, found?.row ?? key.row);
    if (found) readValue(info, key.column.field, found, { sheet, origin, key }, issues);
  }
  return info;
}

/** How many distinct 单位信息 keys a sheet's first rows hold (for recognising it by content). */
export function unitInfoKeyCount(grid: Grid): number {
  return new Set(
    findKeys(grid, 30)
      .map((k) => k.column.field)
      .filter((field) => !SIGN_OFF_KEYS.has(field))
  ).size;
}

function findKeys(grid: Grid, scanRows = UNIT_INFO_SCAN_ROWS): KeyCell[] {
  const lookup = columnLookup(UNIT_INFO_SCHEMA);
  const keys: KeyCell[] = [];
  const rows = Math.min(grid.length, scanRows);
  for (let row = 0; row < rows; row++) {
    const cells = grid[row];
    if (!Array.isArray(cells)) continue;
    const width = Math.min(cells.length, UNIT_INFO_SCAN_COLUMNS);
    for (let col = 0; col < width; col++) {
      const value: unknown = cells[col];
      if (typeof value !== "string" || value === "" || value.length > MAX_KEY_LENGTH) continue;
      const key = matchKey(value, lookup);
      if (key) keys.push({ ...key, row, col });
    }
  }
  return keys;
}

const COLON = /[:：]/;

function matchKey(
  text: string,
  lookup: ReadonlyMap<string, ColumnSchema>
): Pick<KeyCell, "column" | "text" | "inline"> | undefined {
  const whole = asKey(lookup.get(normalizeHeader(text)));
  if (whole) return { column: whole, text: headerLabel(shortText(text)) };
  const colon = COLON.exec(text);
  if (!colon) return undefined;
  const keyText = text.slice(0, colon.index);
  const column = asKey(lookup.get(normalizeHeader(keyText)));
  const inline = text.slice(colon.index + 1).trim();
  return column && inline !== ""
    ? { column, text: headerLabel(shortText(keyText)), inline }
    : undefined;
}

function asKey(column: ColumnSchema | undefined): KeyCell["column"] | undefined {
  if (!column) return undefined;
  const field = column.field;
  return isUnitInfoKey(field) ? { ...column, field } : undefined;
}

/** The captions of the template's table: 项目 | 填写内容 | 说明 (in any order). */
const ITEM_CAPTIONS = new Set(["项目"].map(normalizeHeader));
const VALUE_CAPTIONS = new Set(["填写内容", "内容"].map(normalizeHeader));
/** The captions are in the first rows, under the title. */
const TABLE_SCAN_ROWS = 10;

/** Where a 项目 | 填写内容 table's keys and values stand, when the sheet has its caption row. */
interface ItemTable {
  captionRow: number;
  keyCol: number;
  valueCol: number;
}

function itemTable(grid: Grid): ItemTable | undefined {
  for (let row = 0; row < Math.min(grid.length, TABLE_SCAN_ROWS); row++) {
    const cells = grid[row];
    if (!Array.isArray(cells)) continue;
    let keyCol = -1;
    let valueCol = -1;
    cells.slice(0, UNIT_INFO_SCAN_COLUMNS).forEach((value: unknown, col) => {
      if (typeof value !== "string") return;
      const caption = normalizeHeader(value);
      if (keyCol < 0 && ITEM_CAPTIONS.has(caption)) keyCol = col;
      if (valueCol < 0 && VALUE_CAPTIONS.has(caption)) valueCol = col;
    });
    if (keyCol >= 0 && valueCol >= 0) return { captionRow: row, keyCol, valueCol };
  }
  return undefined;
}

function valueOf(
  key: KeyCell,
  grid: Grid,
  keys: ReadonlySet<string>,
  table: ItemTable | undefined
): ValueCell | undefined {
  if (key.inline !== undefined) return { value: key.inline, row: key.row, col: key.col };
  // In the template's table the value is under 填写内容 and nowhere else: left blank, the 说明
  // beside it is a note, not the value.
  if (table && key.row > table.captionRow && key.col === table.keyCol) {
    const value = cellAt(grid, key.row, table.valueCol);
    return displayText(value) === "" ? undefined : { value, row: key.row, col: table.valueCol };
  }
  const width = grid[key.row]?.length ?? 0;
  for (let col = key.col + 1; col < width; col++) {
    const value = cellAt(grid, key.row, col);
    if (displayText(value) === "") continue;
    if (!keys.has(positionKey(key.row, col))) return { value, row: key.row, col };
    break;
  }
  const below = cellAt(grid, key.row + 1, key.col);
  if (displayText(below) === "" || keys.has(positionKey(key.row + 1, key.col))) return undefined;
  return { value: below, row: key.row + 1, col: key.col };
}

interface ValueContext {
  sheet: string;
  origin: SheetOrigin;
  key: KeyCell;
}

function readValue<K extends UnitInfoKey>(
  info: UnitInfo,
  field: K,
  found: ValueCell,
  context: ValueContext,
  issues: ReadIssue[]
): void {
  const reader: CellReader<NonNullable<UnitInfo[K]>> = UNIT_READERS[field];
  const result = reader(found.value);
  if (result.ok) {
    info[field] = result.value;
    return;
  }
  if (result.blank) return;
  const { key, origin } = context;
  issues.push({
    type: "unreadable-cell",
    ledger: "unitInfo",
    sheet: context.sheet,
    row: sheetRow(origin, found.row),
    column: sheetColumn(origin, found.col),
    field,
    header: key.text,
    text: shortText(found.value),
    blank: false,
    expected: key.column.kind,
  });
}

function positionKey(row: number, col: number): string {
  return `${row}:${col}`;
}
