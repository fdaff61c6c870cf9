import fc from "fast-check";
import { LEDGER_SCHEMAS, SUMMARY_SHEET_NAME } from "../../src/engine/schema/ledgerSchemas";
import { cellAddress, type CellValue, type SheetInput } from "../../src/engine";

/**
 * Random ledger workbooks as staff keep them after years of hand editing: standard and odd sheet
 * names, headers (real, aliased, duplicated, missing), merged titles, blank and ragged rows, and
 * cells holding anything Excel can hold — error values, formula-like text, emoji, full-width text,
 * huge strings, negative numbers and booleans — beside plausible ledger values, so the rules run
 * deep rather than stopping at "unreadable".
 */

export const ERROR_VALUES = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];

/** Text Excel would parse as a formula if typed into a General cell. */
export const FORMULA_LIKE = [
  "=SUM(A1)",
  "+1",
  "-2",
  "@x",
  "=1+1",
  '=HYPERLINK("http://example.invalid","x")',
  "=cmd|' /C calc'!A0",
  "-",
  "=",
  "+86-21-12345678",
];

const ODD_TEXT = [
  "😀党支部🎉",
  "👨‍👩‍👧",
  "第一党支部　",
  "ＡＢＣ１２３",
  "（全角）括号",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "   ",
  "\n",
  "合计",
  "填表说明：略",
  "null",
  "undefined",
  "TRUE",
  "2024/13/45",
  "2024年2月30日",
  "二〇二四年三月",
];

const BRANCHES = ["第一党支部", "第二党支部", "机关第三党支部", "=第四党支部"];
const PEOPLE = ["张伟", "李娜", "王芳", "@刘强", "Smith John"];
const MEETING_TYPES = [
  "支部党员大会",
  "支委会",
  "党小组会",
  "党课",
  "主题党日",
  "组织生活会",
  "民主评议党员",
  "支部党员大会、党课",
];
const PLAUSIBLE = [
  ...BRANCHES,
  ...PEOPLE,
  ...MEETING_TYPES,
  "是",
  "否",
  "在职",
  "退休",
  "正式党员",
  "预备党员",
  "书记",
  "2024-01",
  "2024.01-2024.03",
  "2024-03-05",
  "2024年3月5日",
  "2%",
  "0.5%",
  "同意",
  "集中轮训",
  "市委党校",
];

/** Excel's longest cell text: the engine and both writers must survive it. */
const HUGE = "长".repeat(32_767);

const excelNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: 44_927, max: 46_022 }), // 2023–2025 as serial days
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
);

/** Any value Range.values can give for a cell. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("") },
  { weight: 8, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 4, arbitrary: excelNumber },
  { weight: 2, arbitrary: fc.constantFrom(...ERROR_VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMULA_LIKE) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "binary" }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(HUGE) }
);

/** Header texts a sheet may carry: a schema's own headers and aliases, and junk. */
function headerTexts(schemaIndex: number | null): fc.Arbitrary<CellValue[]> {
  const schema = schemaIndex === null ? undefined : LEDGER_SCHEMAS[schemaIndex];
  const known = schema
    ? schema.columns.flatMap((c) => [c.header, c.header, ...c.aliases])
    : ["序号", "备注"];
  const header = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: anyCell }
  );
  if (!schema) return fc.array(header, { minLength: 1, maxLength: 8 });
  // Usually the full standard header row (rules run deep), sometimes a shuffled or partial one.
  const full = schema.columns.map((c) => c.header);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(full) },
    { weight: 2, arbitrary: fc.shuffledSubarray(full, { minLength: 1 }) },
    { weight: 2, arbitrary: fc.array(header, { minLength: 1, maxLength: 14 }) }
  );
}

/** Sheet names: the standard ones, their aliases, names that contain them, and odd ones. */
function sheetName(schemaIndex: number | null): fc.Arbitrary<string> {
  const schema = schemaIndex === null ? undefined : LEDGER_SCHEMAS[schemaIndex];
  const odd = fc.constantFrom(
    "Sheet1",
    SUMMARY_SHEET_NAME,
    "填表说明",
    "=SUM(A1)",
    "😀",
    "2024年度",
    "+1"
  );
  if (!schema) return odd;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(schema.sheet) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...(schema.sheetAliases.length ? schema.sheetAliases : ["x"])),
    },
    { weight: 1, arbitrary: fc.constant(`2024年${schema.sheet}`) },
    { weight: 1, arbitrary: odd }
  );
}

export interface SheetShape {
  name: string;
  /** Rows above the header: titles, blank rows. */
  titleRows: number;
  header: CellValue[];
  rows: CellValue[][];
  /** 0-based row and column of the used range's top-left cell. */
  origin: { row: number; column: number };
  mergedTitle: boolean;
  ragged: boolean;
}

const dataRow = (width: number): fc.Arbitrary<CellValue[]> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant<CellValue[]>([]) },
    { weight: 8, arbitrary: fc.array(anyCell, { minLength: width, maxLength: width }) }
  );

export const sheetShape: fc.Arbitrary<SheetShape> = fc
  .option(fc.integer({ min: 0, max: LEDGER_SCHEMAS.length - 1 }), { freq: 6 })
  .chain((schemaIndex) =>
    fc.record({
      name: sheetName(schemaIndex),
      titleRows: fc.integer({ min: 0, max: 2 }),
      header: headerTexts(schemaIndex),
      rows: fc.integer({ min: 1, max: 16 }).chain((w) => fc.array(dataRow(w), { maxLength: 12 })),
      origin: fc.record({
        row: fc.integer({ min: 1, max: 4 }),
        column: fc.integer({ min: 0, max: 3 }),
      }),
      mergedTitle: fc.boolean(),
      ragged: fc.boolean(),
    })
  );

/** The shape's cells as a grid; rectangular unless `ragged` (a host that trims trailing blanks). */
export function gridOf(shape: SheetShape): CellValue[][] {
  const width = Math.max(shape.header.length, ...shape.rows.map((r) => r.length), 1);
  const titles: CellValue[][] = Array.from({ length: shape.titleRows }, (_, i) =>
    i === 0 ? [`${shape.name}（2024年）`] : []
  );
  const rows = [...titles, shape.header, ...shape.rows];
  if (shape.ragged) return rows.map((r) => (r.length === 0 ? [""] : [...r]));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

/** The merged title across the header's width, in sheet coordinates, when the shape has one. */
export function mergesOf(shape: SheetShape): string[] {
  const width = Math.max(shape.header.length, 2);
  if (!shape.mergedTitle || shape.titleRows === 0) return [];
  const { row, column } = shape.origin;
  return [`${cellAddress(row, column)}:${cellAddress(row, column + width - 1)}`];
}

export function sheetInputOf(shape: SheetShape): SheetInput {
  return {
    name: shape.name,
    values: gridOf(shape),
    topLeft: cellAddress(shape.origin.row, shape.origin.column),
    merges: mergesOf(shape),
  };
}

/** Excel's sheet names are unique without regard to case. */
export const workbookShapes: fc.Arbitrary<SheetShape[]> = fc.uniqueArray(sheetShape, {
  minLength: 1,
  maxLength: 6,
  selector: (s) => s.name.toLocaleLowerCase(),
});

export const workbookInputs: fc.Arbitrary<SheetInput[]> = workbookShapes.map((shapes) =>
  shapes.map(sheetInputOf)
);

export const asOfDates = fc.constantFrom("2024-03-31", "2024-06-20", "2024-12-31", "2025-01-10");
