/** 汇总各单位: received workbooks' summaries consolidated, as `party-ledger rollup` does. */
export {
  rollupFromFiles,
  type ReceivedFile,
  type RollupMeta,
  type RollupResult,
} from "./rollupFromFiles";
export { ROLLUP_SKIP_REASONS } from "./rollupMessages";
export { writeRollupSheets, writeRollupWorkbook, type RollupWritten } from "./writeRollupWorkbook";
