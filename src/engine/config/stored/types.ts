import type { Frequency } from "../../calendar/period";
import type { RuleId } from "../../basics";
import type { DuesRounding, RuleSetting } from "../settings";

/**
 * The check's settings as a workbook keeps them (Office's document settings, which Excel writes
 * into the file's web-extension part): the add-in writes them from 设置, and both the add-in and
 * the command line read them, so a workbook is checked alike wherever it goes.
 */
export interface StoredSettings {
  asOf?: string;
  year?: number;
  lectureFrequency?: Frequency;
  duesRounding?: DuesRounding;
  reminderDays?: number;
  rules?: Partial<Record<RuleId, Pick<RuleSetting, "enabled" | "severity">>>;
}

/**
 * The add-in's id (manifest.xml's <Id>): Excel files an add-in's document settings under it, and
 * the command line looks for them there (test/manifest checks the two agree).
 */
export const ADDIN_ID = "6f1d3c2e-8a4b-4e52-9c1d-2b7e5a9f0c31";

/** The document setting that holds StoredSettings (one key, so a later version migrates in one place). */
export const SETTINGS_KEY = "PartyLedgerCheck.settings";
/** The document setting that holds the explained warnings (已说明), apart from the settings. */
export const ACKNOWLEDGEMENTS_KEY = "PartyLedgerCheck.acknowledgements";

/**
 * A stored value as it comes back: the add-in stores JSON text, which Office keeps as a string
 * (itself serialised once more in the file). Gives the parsed value, or undefined when unreadable.
 */
export function parseStoredValue(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
