import type { CommandOutcome } from "./commandOutcome";
import { COMMAND_NAMES } from "./commandOutcome";
import type { Localized } from "../engine";

/**
 * The last ribbon command's outcome per workbook, in the add-in origin's localStorage. The commands
 * page and the task pane are served from one origin, so the pane can read what a command did on
 * its workbook; nothing is written into the workbook for this. Each workbook has its own key —
 * its document URL (`Office.context.document.url`, "null if the URL is unavailable", as for a
 * workbook never saved) — so one workbook's 一键检查 never shows up in another's pane.
 */
const KEY_PREFIX = "party-ledger-check:last-command:";
/** The key of workbooks without a URL (new, never saved); they share it, having nothing else. */
const UNSAVED = "(unsaved)";

export function outcomeKey(workbook: string | null): string {
  return `${KEY_PREFIX}${workbook === null || workbook === "" ? UNSAVED : workbook}`;
}

/** The open document's URL, or null outside Office or where the host gives none. */
export function currentWorkbook(): string | null {
  try {
    if (typeof Office === "undefined") return null;
    const url: unknown = Office.context?.document?.url;
    return typeof url === "string" && url !== "" ? url : null;
  } catch {
    return null;
  }
}

/** The part of Web Storage used here, so tests can pass a Map-backed store. */
export type OutcomeStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Records an outcome; a storage that refuses (private mode, quota) only costs the message. */
export function saveCommandOutcome(
  storage: OutcomeStorage | undefined,
  workbook: string | null,
  outcome: CommandOutcome
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(outcomeKey(workbook), JSON.stringify(outcome));
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
export function readCommandOutcome(
  storage: OutcomeStorage | undefined,
  workbook: string | null
): CommandOutcome | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(outcomeKey(workbook)) ?? null;
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
 * The stored outcome, removed as it is read: the pane shows what a ribbon command did once, and
 * not again.
 */
export function takeCommandOutcome(
  storage: OutcomeStorage | undefined,
  workbook: string | null
): CommandOutcome | null {
  const outcome = readCommandOutcome(storage, workbook);
  if (outcome === null) return null;
  try {
    storage?.removeItem(outcomeKey(workbook));
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

/** The page events a watch listens to (window in the pane; a stand-in in tests). */
export interface OutcomeEvents {
  addEventListener(type: "storage" | "focus", listener: (event: Event) => void): void;
  removeEventListener(type: "storage" | "focus", listener: (event: Event) => void): void;
}

/** How often an open pane looks for a ribbon command's outcome. */
export const OUTCOME_POLL_MS = 2_000;

/**
 * Hands `listener` what ribbon commands did on `workbook`: one left since the pane last looked at
 * once, then each new one while the pane stays open. A `storage` event "is fired … when a storage
 * area changes" in another document of the origin (HTML Living Standard, "The storage event",
 * https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-event) — the commands page is
 * one — but Office runs that page in a runtime of its own, and whether its webview shares the
 * event with the pane's is not documented; so the pane also looks when it regains focus and every
 * OUTCOME_POLL_MS (a read of one localStorage key). Returns the unsubscribe.
 */
export function watchCommandOutcomes(
  storage: OutcomeStorage | undefined,
  workbook: string | null,
  events: OutcomeEvents | undefined,
  listener: (outcome: CommandOutcome) => void
): () => void {
  const look = (): void => {
    const outcome = takeCommandOutcome(storage, workbook);
    if (outcome) listener(outcome);
  };
  const onStorage = (event: Event): void => {
    const key = (event as StorageEvent).key;
    if (key === null || key === undefined || key === outcomeKey(workbook)) look();
  };
  look();
  events?.addEventListener("storage", onStorage);
  events?.addEventListener("focus", look);
  const timer = setInterval(look, OUTCOME_POLL_MS);
  return () => {
    clearInterval(timer);
    events?.removeEventListener("storage", onStorage);
    events?.removeEventListener("focus", look);
  };
}
