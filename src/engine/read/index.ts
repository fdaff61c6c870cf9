/** The sheet reader: host grids in, typed ledgers and reading issues out. */
export { readWorkbook, type ReadOptions } from "./readWorkbook";
export { normalizeHeader } from "./normalizeHeader";
export { isIgnoredSheet, ledgerOfName } from "./recognizeSheets";
