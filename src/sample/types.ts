import type { SampleLedger } from "./draft";
import type { CellValue, UnitInfoKey, RuleId } from "../engine";

/**
 * A deliberate problem in the sample workbook, as the check should report it: the rule, and where
 * (a sheet row in the standard template layout, or the branch, period and person of a period
 * finding). Fields left out match any value.
 */
export interface SampleProblem {
  id: string;
  ruleId: RuleId;
  sheet: string;
  row?: number;
  branch?: string;
  person?: string;
  /** The engine's period key: "2025", "2025-Q3" or "2025-06". */
  period?: string;
  /** What is wrong, in Chinese, as the doc lists it. */
  description: string;
}

export interface SampleWorkbookData {
  year: number;
  /** ISO date after the year, so every period of it has ended. */
  asOf: string;
  unitInfo: Record<UnitInfoKey, CellValue>;
  /** Data rows per ledger, each in the column order of the ledger's schema. */
  rows: Record<SampleLedger, CellValue[][]>;
  problems: SampleProblem[];
}

export interface SampleOptions {
  seed?: number;
  year?: number;
}

export const DEFAULT_SAMPLE_SEED = 20250701;
export const DEFAULT_SAMPLE_YEAR = 2025;
