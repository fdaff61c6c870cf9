import type { StoredSettings } from "../host";
import { validateStoredSettings } from "./validateSettings";
import { HostError } from "../hostErrors";

/**
 * The document's settings (Office.context.document.settings): what the add-in reads and writes of
 * them. Office.Settings fits this shape; tests pass a small in-memory store.
 */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback: (result: { status: unknown; error?: { message?: string } | null }) => void
  ): void;
}

/** One key holds every setting, so a future version can migrate them in one place. */
export const SETTINGS_KEY = "PartyLedgerCheck.settings";

/** Office reports a failed call with status "failed" (Office.AsyncResultStatus.Failed at run time). */
const FAILED = "failed";

function parsed(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The stored settings, validated field by field; anything unreadable reads as "not set". */
export function loadStoredSettings(store: SettingsStore): StoredSettings {
  let raw: unknown;
  try {
    raw = store.get(SETTINGS_KEY);
  } catch {
    // A document whose settings part is damaged must still be checkable with the defaults.
    return {};
  }
  return validateStoredSettings(parsed(raw));
}

/**
 * Stores the settings (only their valid part) in the document and saves them, so a workbook sent
 * to another officer carries them. Rejects with a HostError when Office cannot save.
 */
export function saveStoredSettings(store: SettingsStore, settings: StoredSettings): Promise<void> {
  const clean = validateStoredSettings(settings);
  return new Promise<void>((resolve, reject) => {
    const failed = (cause: unknown): void =>
      reject(
        new HostError(
          "设置未能保存到工作簿中，请确认工作簿未被设为只读后重试。",
          "The settings could not be saved in the workbook. Make sure it is not read-only and try again.",
          { cause }
        )
      );
    try {
      store.set(SETTINGS_KEY, JSON.stringify(clean));
      store.saveAsync((result) => {
        if (result.status === FAILED || (result.error !== undefined && result.error !== null)) {
          failed(result.error ?? result.status);
        } else resolve();
      });
    } catch (error) {
      failed(error);
    }
  });
}
