import type { CellValue } from "../cell/types";
import type { DayNumber } from "../calendar/day";
import type { Locale } from "../i18n/locale";
import type { LedgerId, UnitInfoKey, ValueKind } from "../model/ledgers";
import type { RuleId } from "../basics";
import type { CellStyle, PrintSetup } from "../workbook/sheetModel";

/**
 * The standard template as data. Both hosts (ExcelJS for the command line, Office.js in the add-in)
 * write exactly this, so a template inserted by the add-in is the file the command line hands out.
 * Rows are 1-based as Excel numbers them; columns 0-based (0 = "A"), as in src/engine/cell/address.ts.
 */

/** The ledgers laid out as tables: one record per row under a header row. */
export type TableLedgerId = Exclude<LedgerId, "unitInfo">;

export interface TemplateOptions {
  /** The reporting year, shown in titles and pre-filled in 单位信息; omitted: left for the officer. */
  year?: number;
  unitName?: string;
  /** The language of titles, prompts and 填表说明; sheet names and headers stay Chinese. */
  locale?: Locale;
}

/** What a data-validation rule admits. */
export type ValidationRule =
  | { type: "list"; values: readonly string[] }
  /** A list read from another sheet's cells, e.g. "'支部信息'!$A$3:$A$5000". */
  | { type: "list-range"; range: string }
  | { type: "date"; min: DayNumber; max: DayNumber }
  | { type: "whole" | "decimal"; min: number; max?: number }
  /** Free text up to a length: carries the input prompt for columns with forms of their own. */
  | { type: "text-length"; max: number };

export interface TemplateValidation {
  rule: ValidationRule;
  /** Excel allows at most 32 characters. */
  promptTitle: string;
  /** Excel allows at most 255 characters. */
  prompt: string;
  errorTitle: string;
  error: string;
  /**
   * Always "warning": the officer is told, and may keep what was typed. Combined meeting types
   * ("党员大会、党课"), unlisted branches or dates written as text must still go in.
   */
  errorStyle: "warning";
}

export interface TemplateColumn {
  field: string;
  /** The canonical header (src/engine/schema/ledgerSchemas.ts). */
  header: string;
  /** The header cell's text: required columns carry a leading "*", which the reader strips. */
  label: string;
  required: boolean;
  kind: ValueKind;
  /** Excel column-width units (characters). */
  width: number;
  /** Excel number format of the data area ("@" keeps typed text as text). */
  numberFormat: string;
  horizontal: "left" | "center" | "right";
  validation?: TemplateValidation;
  /** How to fill the column, with accepted forms and examples (for 填表说明). */
  description: string;
  /** The rules whose checks read this column (see columnRules.ts). */
  rules: readonly RuleId[];
}

export interface LedgerTemplateSheet {
  kind: "ledger";
  ledger: TableLedgerId;
  name: string;
  /** Row 1, merged across every column. */
  title: string;
  columns: TemplateColumn[];
  /** Height in points of the header row, which wraps long headers. */
  headerHeight: number;
  /** The last row that carries number formats and validations. */
  lastFormattedRow: number;
  /**
   * A blank template's grey example rows (from row 3, in column order), each with
   * `exampleMarker` in the cell right of the table, by which the reader skips it.
   */
  examples: CellValue[][];
  exampleMarker: string;
  /** What one row records and how to fill the sheet (for 填表说明). */
  guidance: string;
  print: PrintSetup;
}

export interface UnitInfoEntry {
  key: UnitInfoKey;
  /** The key as written in the sheet (the canonical name). */
  label: string;
  row: number;
  /** Pre-filled from the options ("" when not known). */
  value: CellValue;
  numberFormat: string;
  validation?: TemplateValidation;
  description: string;
  rules: readonly RuleId[];
  /** Height in points, fitted to the wrapped note. */
  height: number;
}

/** 单位信息: one key per row, after a title row and a header row. */
export interface UnitInfoTemplateSheet {
  kind: "unitInfo";
  ledger: "unitInfo";
  name: string;
  title: string;
  /** Header texts and widths of the three columns, left to right. */
  columns: readonly { label: string; width: number }[];
  /** 0-based columns of the note, the key and the value. */
  noteColumn: number;
  keyColumn: number;
  valueColumn: number;
  entries: UnitInfoEntry[];
  guidance: string;
  print: PrintSetup;
}

/** Styles used on 填表说明, by row type. */
export type InstructionRowType = "title" | "heading" | "paragraph" | "table-header" | "table-row";

/** One row of 填表说明. Paragraphs, titles and headings span every column (merged). */
export interface InstructionRow {
  row: number;
  type: InstructionRowType;
  /** One text per column for table rows; one text for the others. */
  cells: readonly string[];
  /** Height in points: wrapped text in merged cells is not fitted by Excel itself. */
  height: number;
  /** A style for the first cell instead of the row type's (severity colour samples). */
  firstCellStyle?: TemplateStyleName;
}

export interface InstructionsSheet {
  kind: "instructions";
  name: string;
  title: string;
  columnWidths: readonly number[];
  rows: InstructionRow[];
  print: PrintSetup;
}

export type TemplateSheet = UnitInfoTemplateSheet | LedgerTemplateSheet | InstructionsSheet;

export const TEMPLATE_STYLE_NAMES = [
  "title",
  "header",
  "headerRequired",
  "unitNote",
  "unitKey",
  "unitValue",
  "docTitle",
  "docHeading",
  "docParagraph",
  "docTableHeader",
  "docTableCell",
  "error",
  "warning",
  "reminder",
  "unreadable",
  "example",
  "exampleNote",
] as const;
export type TemplateStyleName = (typeof TEMPLATE_STYLE_NAMES)[number];

export interface TemplateModel {
  year: number | null;
  unitName: string | null;
  locale: Locale;
  styles: Record<TemplateStyleName, CellStyle>;
  /** In workbook order: 填表说明, 单位信息, then the ledgers in schema order. */
  sheets: TemplateSheet[];
}
