import { buildTemplateModel, templateWorkbookInput } from "../../src/engine/template";
import { generateSample } from "../../src/sample";
import {
  type CellValue,
  type SheetInput,
  type RecordLedgerId,
  type UnitInfoKey,
  LEDGER_SCHEMAS,
} from "../../src/engine";

/**
 * Synthetic workbooks of any size for the benchmarks: many seeded demonstration departments
 * (`generateSample`, each with its own seed) laid side by side as branches of one unit, so every
 * row is as realistic as the sample's — sound years, the documented problems, real name
 * collisions across branches — and the same size and seed always give the same workbook.
 */

export const BENCH_SEED = 20250701;
export const BENCH_YEAR = 2025;

export interface SyntheticWorkbook {
  year: number;
  asOf: string;
  unitInfo: Record<UnitInfoKey, CellValue>;
  rows: Record<RecordLedgerId, CellValue[][]>;
  /** Data rows over every ledger (dues, meetings, training, lectures, members, branches). */
  rowCount: number;
  departments: number;
}

const LEDGERS: readonly RecordLedgerId[] = [
  "branches",
  "members",
  "meetings",
  "lectures",
  "dues",
  "training",
];

/** Which column names the branch in each ledger, so copies can be told apart. */
function branchColumn(ledger: RecordLedgerId): number {
  const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
  const field = ledger === "branches" ? "name" : "branch";
  const index = schema?.columns.findIndex((c) => c.field === field) ?? -1;
  if (index < 0) throw new Error(`no branch column in ${ledger}`);
  return index;
}

const BRANCH_COLUMNS = new Map(LEDGERS.map((l) => [l, branchColumn(l)]));

/** Department k's branches become 第k处's: "机关第一党支部" → "第12处机关第一党支部". */
const renameBranch = (name: CellValue, department: number): CellValue =>
  typeof name === "string" && name !== "" ? `第${department + 1}处${name}` : name;

/**
 * At least `targetRows` data rows: whole departments, then the last one cut so the total is
 * exactly the target (rows are cut from the end of each ledger's share, largest ledgers first).
 */
export function syntheticWorkbook(targetRows: number, seed = BENCH_SEED): SyntheticWorkbook {
  const rows = Object.fromEntries(LEDGERS.map((l) => [l, [] as CellValue[][]])) as Record<
    RecordLedgerId,
    CellValue[][]
  >;
  let total = 0;
  let departments = 0;
  let first: ReturnType<typeof generateSample> | undefined;
  while (total < targetRows) {
    const sample = generateSample({ seed: seed + departments, year: BENCH_YEAR });
    first ??= sample;
    let room = targetRows - total;
    for (const ledger of LEDGERS) {
      const column = BRANCH_COLUMNS.get(ledger) ?? 0;
      // Branches and members first, so a cut department still has its organisation.
      const take = sample.rows[ledger].slice(0, Math.max(0, room));
      for (const row of take) {
        const copy = [...row];
        copy[column] = renameBranch(copy[column] ?? "", departments);
        rows[ledger].push(copy);
      }
      room -= take.length;
      total += take.length;
    }
    departments++;
  }
  if (!first) throw new Error("syntheticWorkbook needs a positive row count");
  return {
    year: first.year,
    asOf: first.asOf,
    unitInfo: first.unitInfo,
    rows,
    rowCount: total,
    departments,
  };
}

/** The workbook as the sheets of a filled standard template, as a host would read them. */
export function syntheticSheets(workbook: SyntheticWorkbook): SheetInput[] {
  const model = buildTemplateModel({
    year: workbook.year,
    unitName: String(workbook.unitInfo.unitName),
  });
  return templateWorkbookInput(model, { unitInfo: workbook.unitInfo, rows: workbook.rows });
}
