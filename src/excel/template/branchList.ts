import {
  TEMPLATE_LAST_FORMATTED_ROW,
  type LedgerTemplateSheet,
  type TemplateModel,
  type TemplateSheet,
} from "../../engine/template";
import { toCellRows } from "../read/cellValue";
import {
  type SheetInput,
  cellAddress,
  HEADER_SCAN_ROWS,
  readWorkbook,
  isIgnoredSheet,
  ledgerOfName,
  BRANCHES_SCHEMA,
} from "../../engine";
import { nameTaken } from "../../engine/workbook";

/**
 * Where the template's 支部 drop-downs read their list when the workbook already has its branch
 * sheet. The model points them at the standard 支部信息!A3:A1000; a workbook may keep its branches
 * under another name the checker accepts (支部名册, 党组织信息, 2025年支部信息…) and with its own
 * layout, and then 支部信息 is not inserted — a list naming it would name a sheet that is not there.
 * So the existing sheet is read as the checker reads it (its first rows, the engine's recognition)
 * and the drop-downs point at its 支部名称 column, from the row below its header.
 */

/** Columns of an existing branch sheet's first rows read to find its header. */
const PROBE_COLUMNS = 64;

/** Whether a sheet name is the branch sheet's, by the checker's rules. */
function namesBranches(name: string): boolean {
  if (nameTaken([name], BRANCHES_SCHEMA.sheet)) return true;
  return !isIgnoredSheet(name) && ledgerOfName(name)?.ledger === "branches";
}

/** A sheet name in a reference: always quoted, a quote inside doubled. */
const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export interface BranchList {
  sheet: string;
  /** "'支部名册'!$B$3:$B$5000" */
  range: string;
}

/**
 * The list of the branch sheet the workbook has, or null when it has none (then the template
 * inserts 支部信息 and the model's list is right). Two syncs.
 */
export async function existingBranchList(
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<BranchList | null> {
  const candidates = names.filter(namesBranches);
  if (candidates.length === 0) return null;
  const worksheets = context.workbook.worksheets;
  const used = candidates.map((name) =>
    worksheets
      .getItem(name)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount")
  );
  await context.sync();
  const probes = candidates.map((name, i) => {
    const range = used[i];
    if (!range || range.isNullObject) return { name, range: null };
    const probe = worksheets
      .getItem(name)
      .getRangeByIndexes(
        range.rowIndex,
        range.columnIndex,
        Math.min(range.rowCount, HEADER_SCAN_ROWS),
        Math.min(range.columnCount, PROBE_COLUMNS)
      )
      .load("values");
    return { name, range, probe };
  });
  await context.sync();
  const inputs: SheetInput[] = probes.map((p) =>
    p.range && p.probe
      ? {
          name: p.name,
          values: toCellRows(p.probe.values),
          topLeft: cellAddress(p.range.rowIndex + 1, p.range.columnIndex),
        }
      : { name: p.name, values: [[""]], topLeft: "A1" }
  );
  const branches = readWorkbook(inputs).branches;
  const sheet = branches?.sheet ?? candidates[0] ?? BRANCHES_SCHEMA.sheet;
  // A sheet whose header cannot be found keeps the template's layout (the name in A, from row 3).
  const column = branches?.columns.name ?? "A";
  const first = branches ? branches.headerRow + 1 : 3;
  const last = Math.max(first, TEMPLATE_LAST_FORMATTED_ROW);
  return { sheet, range: `${quoted(sheet)}!$${column}$${first}:$${column}$${last}` };
}

/** The model with every 支部 drop-down reading `list`, and its prompt naming that sheet. */
export function withBranchList(model: TemplateModel, list: BranchList): TemplateModel {
  const standard = BRANCHES_SCHEMA.sheet;
  const rename = (text: string): string => text.split(standard).join(list.sheet);
  const retarget = (sheet: LedgerTemplateSheet): LedgerTemplateSheet => ({
    ...sheet,
    columns: sheet.columns.map((column) =>
      column.validation?.rule.type === "list-range"
        ? {
            ...column,
            validation: {
              ...column.validation,
              rule: { type: "list-range", range: list.range },
              prompt: rename(column.validation.prompt),
            },
          }
        : column
    ),
  });
  return {
    ...model,
    sheets: model.sheets.map((sheet): TemplateSheet =>
      sheet.kind === "ledger" ? retarget(sheet) : sheet
    ),
  };
}
