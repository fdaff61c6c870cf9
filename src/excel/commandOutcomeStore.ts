import type { Localized } from "../engine/i18n/locale";
import type { CommandOutcome } from "./commandOutcome";
import { COMMAND_NAMES } from "./commandOutcome";

/**
 * The last ribbon command's outcome, in the add-in origin's localStorage. The commands page and
 * the task pane are served from one origin, so the pane can read what a command did once the user
 * opens it; nothing is written into the workbook for this.
 */
export const OUTCOME_KEY = "party-ledger-check:last-command";

/** The part of Web Storage used here, so tests can pass a Map-backed store. */
export type OutcomeStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Records an outcome; a storage that refuses (private mode, quota) only costs the message. */
export function saveCommandOutcome(
  storage: OutcomeStorage | undefined,
  outcome: CommandOutcome
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(OUTCOME_KEY, JSON.stringify(outcome));
    return true;
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const isLocalized = (value: unknown): value is Localized =>
  isRecord(value) && typeof value["zh-CN"] === "string" && typeof value["en-US"] === "string";

/** The stored outcome, or null when there is none or it is not one of ours. */
export function readCommandOutcome(storage: OutcomeStorage | undefined): CommandOutcome | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(OUTCOME_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    !isRecord(value) ||
    !(COMMAND_NAMES as readonly unknown[]).includes(value.command) ||
    typeof value.ok !== "boolean" ||
    typeof value.at !== "string" ||
    !isLocalized(value.message)
  ) {
    return null;
  }
  return value as unknown as CommandOutcome;
}

/**
 * The stored outcome, removed as it is read: the pane shows what a ribbon command did once, the
 * next time it opens, and not again.
 */
export function takeCommandOutcome(storage: OutcomeStorage | undefined): CommandOutcome | null {
  const outcome = readCommandOutcome(storage);
  try {
    storage?.removeItem(OUTCOME_KEY);
  } catch {
    // A storage that refuses only means the message may show once more.
  }
  return outcome;
}

/** localStorage where the page may use it; undefined where access throws (sandboxed frames). */
export function browserStorage(): OutcomeStorage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
