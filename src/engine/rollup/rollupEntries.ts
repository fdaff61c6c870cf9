import type { SummaryData } from "../summary/summaryData";

/** One department's summary, as found in a file sent upward. */
export interface RollupEntry {
  /** The file's name as the user knows it. */
  file: string;
  data: SummaryData;
}

/** A file that could not be consolidated, and why (already in the user's language). */
export interface SkippedFile {
  file: string;
  reason: string;
}
