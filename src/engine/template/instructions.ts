import { formatTemplate } from "../i18n/formatTemplate";
import { SEVERITY_LABELS } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { ruleById } from "../rules/registry";
import { INSTRUCTIONS_SHEET_NAME, printSetup, rowHeight, wrappedLineCount } from "./layout";
import { INSTRUCTION_TEXT, SEVERITY_ROWS } from "./instructionTexts";
import { sheetTitle } from "./titles";
import type {
  InstructionRow,
  InstructionRowType,
  InstructionsSheet,
  LedgerTemplateSheet,
  TemplateStyleName,
  UnitInfoTemplateSheet,
} from "./types";
import type { RuleId } from "../basics";

/** 列名 · 是否必填 · 填写说明和示例 · 对应的检查规则 */
const COLUMN_WIDTHS = [18, 9, 52, 58] as const;
const TOTAL_WIDTH = COLUMN_WIDTHS.reduce((sum, w) => sum + w, 0);
const TITLE_HEIGHT = 30;
const HEADING_HEIGHT = 24;

/** One line per rule: its registry title and id, so the officer can look it up in docs/rules.md. */
export function ruleLines(rules: readonly RuleId[], locale: Locale): string {
  if (rules.length === 0) return INSTRUCTION_TEXT.noRules[locale];
  return rules
    .map((id) =>
      formatTemplate(
        INSTRUCTION_TEXT.ruleLine[locale],
        { id, title: ruleById(id)?.meta.title[locale] ?? id },
        locale
      )
    )
    .join("\n");
}

/** Collects rows top to bottom, with heights fitted to their wrapped text. */
class RowWriter {
  readonly rows: InstructionRow[] = [];

  private add(type: InstructionRowType, cells: readonly string[], height: number): InstructionRow {
    const row: InstructionRow = { row: this.rows.length + 1, type, cells, height };
    this.rows.push(row);
    return row;
  }

  title(text: string): void {
    this.add("title", [text], TITLE_HEIGHT);
  }

  heading(text: string): void {
    this.add("heading", [text], HEADING_HEIGHT);
  }

  paragraph(text: string): void {
    this.add("paragraph", [text], rowHeight(wrappedLineCount(text, TOTAL_WIDTH)));
  }

  tableHeader(cells: readonly string[]): void {
    this.add("table-header", cells, rowHeight(tableLines(cells)));
  }

  tableRow(cells: readonly string[], firstCellStyle?: TemplateStyleName): void {
    const row = this.add("table-row", cells, rowHeight(tableLines(cells)));
    if (firstCellStyle) row.firstCellStyle = firstCellStyle;
  }
}

function tableLines(cells: readonly string[]): number {
  return Math.max(...cells.map((text, i) => wrappedLineCount(text, COLUMN_WIDTHS[i] ?? 10)));
}

function sheetSection(
  writer: RowWriter,
  index: number,
  sheet: UnitInfoTemplateSheet | LedgerTemplateSheet,
  locale: Locale
): void {
  const yesNo = (required: boolean): string =>
    (required ? INSTRUCTION_TEXT.yes : INSTRUCTION_TEXT.no)[locale];
  writer.heading(
    formatTemplate(INSTRUCTION_TEXT.sheetHeading[locale], { n: index, sheet: sheet.name }, locale)
  );
  writer.paragraph(sheet.guidance);
  if (sheet.kind === "unitInfo") {
    writer.tableHeader(INSTRUCTION_TEXT.unitTableHeader[locale]);
    for (const entry of sheet.entries) {
      writer.tableRow([
        entry.label,
        yesNo(false),
        entry.description,
        ruleLines(entry.rules, locale),
      ]);
    }
    return;
  }
  writer.tableHeader(INSTRUCTION_TEXT.columnTableHeader[locale]);
  for (const column of sheet.columns) {
    writer.tableRow([
      column.header,
      yesNo(column.required),
      column.description,
      ruleLines(column.rules, locale),
    ]);
  }
}

/**
 * 填表说明: what the workbook is for, the general rules, every sheet's columns (required or not,
 * accepted forms, the rules they feed) and how a check shows its results.
 */
export function buildInstructionsSheet(
  sheets: readonly (UnitInfoTemplateSheet | LedgerTemplateSheet)[],
  year: number | null,
  unitName: string | null,
  locale: Locale
): InstructionsSheet {
  const name = INSTRUCTION_TEXT.title[locale];
  const withUnit =
    unitName === null ? name : locale === "zh-CN" ? `${unitName}${name}` : `${name} — ${unitName}`;
  const title = sheetTitle(withUnit, year, locale);
  const writer = new RowWriter();
  writer.title(title);
  writer.heading(INSTRUCTION_TEXT.purposeHeading[locale]);
  writer.paragraph(INSTRUCTION_TEXT.purpose[locale]);
  writer.heading(INSTRUCTION_TEXT.generalHeading[locale]);
  for (const item of INSTRUCTION_TEXT.general) writer.paragraph(item[locale]);
  writer.heading(INSTRUCTION_TEXT.sheetsHeading[locale]);
  sheets.forEach((sheet, i) => sheetSection(writer, i + 1, sheet, locale));
  writer.paragraph(INSTRUCTION_TEXT.structureNote[locale]);
  writer.paragraph(INSTRUCTION_TEXT.otherForms[locale]);
  writer.heading(INSTRUCTION_TEXT.severityHeading[locale]);
  writer.paragraph(INSTRUCTION_TEXT.severityIntro[locale]);
  writer.tableHeader(INSTRUCTION_TEXT.severityTableHeader[locale]);
  for (const row of SEVERITY_ROWS) {
    writer.tableRow(
      [
        SEVERITY_LABELS[row.severity][locale],
        row.scope[locale],
        row.meaning[locale],
        row.example[locale],
      ],
      row.style
    );
  }
  return {
    kind: "instructions",
    name: INSTRUCTIONS_SHEET_NAME,
    title,
    columnWidths: [...COLUMN_WIDTHS],
    rows: writer.rows,
    print: printSetup("D", 1),
  };
}
