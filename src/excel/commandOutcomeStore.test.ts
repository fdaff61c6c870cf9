import type { CommandOutcome } from "./commandOutcome";
import type { OutcomeEvents, OutcomeStorage } from "./commandOutcomeStore";
import {
  OUTCOME_POLL_MS,
  outcomeKey,
  readCommandOutcome,
  saveCommandOutcome,
  takeCommandOutcome,
  watchCommandOutcomes,
} from "./commandOutcomeStore";

function memory(): OutcomeStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const outcome: CommandOutcome = {
  command: "clearMarks",
  ok: true,
  at: "2025-01-05T02:30:00.000Z",
  message: { "zh-CN": "已清除 1 处标记、0 条批注。", "en-US": "Cleared 1 marks and 0 notes." },
  skippedSheets: [],
};

const BOOK_A = "https://oa.example.gov.cn/sites/dw/会议台账2025.xlsx";
const BOOK_B = "C:\\台账\\第二党支部.xlsx";

test("an outcome saved is the outcome read back, for its own workbook only", () => {
  const storage = memory();
  expect(saveCommandOutcome(storage, BOOK_A, outcome)).toBe(true);
  expect(readCommandOutcome(storage, BOOK_A)).toEqual(outcome);
  expect(readCommandOutcome(storage, BOOK_B)).toBeNull();
  expect(readCommandOutcome(storage, null)).toBeNull();
  expect(takeCommandOutcome(storage, BOOK_B)).toBeNull();
  expect(takeCommandOutcome(storage, BOOK_A)).toEqual(outcome);
});

test("workbooks without a URL (never saved) share one key", () => {
  expect(outcomeKey(null)).toBe(outcomeKey(""));
  expect(outcomeKey(null)).not.toBe(outcomeKey(BOOK_A));
});

test("nothing stored, or something not ours, reads as null", () => {
  const storage = memory();
  expect(readCommandOutcome(storage, BOOK_A)).toBeNull();
  for (const text of [
    "{",
    "null",
    '"x"',
    JSON.stringify({ ...outcome, command: "format" }),
    JSON.stringify({ ...outcome, message: "x" }),
  ]) {
    storage.data.set(outcomeKey(BOOK_A), text);
    expect(readCommandOutcome(storage, BOOK_A)).toBeNull();
  }
});

test("a storage that throws, or none at all, costs only the message", () => {
  const broken: OutcomeStorage = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
    removeItem: () => {
      throw new Error("SecurityError");
    },
  };
  expect(saveCommandOutcome(broken, BOOK_A, outcome)).toBe(false);
  expect(readCommandOutcome(broken, BOOK_A)).toBeNull();
  expect(saveCommandOutcome(undefined, BOOK_A, outcome)).toBe(false);
  expect(readCommandOutcome(undefined, BOOK_A)).toBeNull();
});

test("taking an outcome hands it out once", () => {
  const storage = memory();
  saveCommandOutcome(storage, BOOK_A, outcome);
  expect(takeCommandOutcome(storage, BOOK_A)).toEqual(outcome);
  expect(takeCommandOutcome(storage, BOOK_A)).toBeNull();
  expect(takeCommandOutcome(undefined, BOOK_A)).toBeNull();
});

describe("watchCommandOutcomes", () => {
  function events(): OutcomeEvents & { fire(type: string, event: Event): void } {
    const listeners = new Map<string, Set<(event: Event) => void>>();
    return {
      addEventListener: (type, listener) => {
        listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
      },
      removeEventListener: (type, listener) => void listeners.get(type)?.delete(listener),
      fire: (type, event) => listeners.get(type)?.forEach((listener) => listener(event)),
    };
  }
  const storageEvent = (key: string | null): Event =>
    Object.assign(new Event("storage"), { key }) as Event;

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("hands out what was left, then what the ribbon does while the pane is open", () => {
    const storage = memory();
    const page = events();
    const seen: CommandOutcome[] = [];
    saveCommandOutcome(storage, BOOK_A, outcome);
    const stop = watchCommandOutcomes(storage, BOOK_A, page, (o) => seen.push(o));
    expect(seen).toHaveLength(1);

    // The storage event of the commands page, when the webviews share it.
    const check = { ...outcome, command: "runCheck" as const };
    saveCommandOutcome(storage, BOOK_A, check);
    page.fire("storage", storageEvent(outcomeKey(BOOK_A)));
    expect(seen).toEqual([outcome, check]);

    // Without the event, the next look finds it; another workbook's outcome is never taken.
    saveCommandOutcome(storage, BOOK_B, outcome);
    saveCommandOutcome(storage, BOOK_A, outcome);
    jest.advanceTimersByTime(OUTCOME_POLL_MS);
    expect(seen).toEqual([outcome, check, outcome]);
    expect(readCommandOutcome(storage, BOOK_B)).toEqual(outcome);

    stop();
    saveCommandOutcome(storage, BOOK_A, check);
    page.fire("focus", new Event("focus"));
    jest.advanceTimersByTime(10 * OUTCOME_POLL_MS);
    expect(seen).toHaveLength(3);
  });
});
