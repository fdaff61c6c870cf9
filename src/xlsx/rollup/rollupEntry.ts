import { summaryDataOfSheets } from "./summaryOfSheets";
import { type SheetInput, type RollupEntry, type SkippedFile } from "../../engine";

/** How a front end words why a file is left out of the roll-up, in the user's language. */
export interface RollupReasons {
  /** The file holds no 汇总表 of ours. */
  noSummary: string;
  /** Its summary data breaks the schema, or its sheet cannot be laid out. */
  invalid(detail: string): string;
}

export type RollupReading = { entry: RollupEntry } | { skipped: SkippedFile };

/**
 * One department file's contribution to the roll-up: the figures of its 汇总表, as read from its
 * grids, or why it has none that can be used.
 */
export function rollupEntryOf(
  file: string,
  sheets: readonly SheetInput[],
  reasons: RollupReasons
): RollupReading {
  const { result } = summaryDataOfSheets(sheets);
  if (result.ok) return { entry: { file, data: result.data } };
  const reason = result.reason === "absent" ? reasons.noSummary : reasons.invalid(result.detail);
  return { skipped: { file, reason } };
}
