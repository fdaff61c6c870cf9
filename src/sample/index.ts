/**
 * The demonstration workbook: a fictional department's year of ledgers with documented problems.
 * Pure TypeScript (no Node, no ExcelJS), so the add-in can build it in the browser too.
 */
export { generateSample } from "./generateSample";
export {
  matchSampleFindings,
  problemMatches,
  type FindingPlace,
  type SampleMatch,
} from "./matchProblems";
export { renderSampleProblemsDoc } from "./renderProblemsDoc";
export { sampleSheets, type SampleDuesForm } from "./sampleSheets";
export { duesRegister, REGISTER_SHEET_NAME, type DuesRegisterSheet } from "./duesRegister";
export {
  DEFAULT_SAMPLE_SEED,
  DEFAULT_SAMPLE_YEAR,
  type SampleOptions,
  type SampleProblem,
  type SampleWorkbookData,
} from "./types";
export type { SampleLedger } from "./draft";
