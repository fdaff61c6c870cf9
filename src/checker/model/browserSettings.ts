import type { StoredSettings } from "../../excel/host";
import { validateStoredSettings } from "../../excel/settings/validateSettings";

/** The part of Web Storage the page uses (localStorage; tests pass a map). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = "party-ledger-check:checker-settings:";

/**
 * The settings this browser keeps for a file name: the page has no workbook to keep them in until a
 * checked copy is downloaded, so they are remembered by name, and the same file dropped again (or
 * next month's copy of it under the same name) is checked the same way. Validated on the way in
 * and out as the add-in validates what it reads from a document; unreadable reads as none.
 */
export function loadFileSettings(
  store: KeyValueStore | null,
  fileName: string
): StoredSettings | null {
  try {
    const raw = store?.getItem(PREFIX + fileName);
    if (raw === null || raw === undefined) return null;
    return validateStoredSettings(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Keeps (or, for the defaults, forgets) the settings for a file name; false when storage refused. */
export function saveFileSettings(
  store: KeyValueStore | null,
  fileName: string,
  settings: StoredSettings
): boolean {
  if (!store) return false;
  try {
    const clean = validateStoredSettings(settings);
    store.setItem(PREFIX + fileName, JSON.stringify(clean));
    return true;
  } catch {
    return false;
  }
}

/** localStorage where the browser allows it (a page from file:// included in Chromium), else null. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
