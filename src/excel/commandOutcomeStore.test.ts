import type { CommandOutcome } from "./commandOutcome";
import type { OutcomeStorage } from "./commandOutcomeStore";
import {
  OUTCOME_KEY,
  readCommandOutcome,
  saveCommandOutcome,
  takeCommandOutcome,
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

test("an outcome saved is the outcome read back", () => {
  const storage = memory();
  expect(saveCommandOutcome(storage, outcome)).toBe(true);
  expect(readCommandOutcome(storage)).toEqual(outcome);
});

test("nothing stored, or something not ours, reads as null", () => {
  const storage = memory();
  expect(readCommandOutcome(storage)).toBeNull();
  for (const text of [
    "{",
    "null",
    '"x"',
    JSON.stringify({ ...outcome, command: "format" }),
    JSON.stringify({ ...outcome, message: "x" }),
  ]) {
    storage.data.set(OUTCOME_KEY, text);
    expect(readCommandOutcome(storage)).toBeNull();
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
  expect(saveCommandOutcome(broken, outcome)).toBe(false);
  expect(readCommandOutcome(broken)).toBeNull();
  expect(saveCommandOutcome(undefined, outcome)).toBe(false);
  expect(readCommandOutcome(undefined)).toBeNull();
});

test("taking an outcome hands it out once", () => {
  const storage = memory();
  saveCommandOutcome(storage, outcome);
  expect(takeCommandOutcome(storage)).toEqual(outcome);
  expect(takeCommandOutcome(storage)).toBeNull();
  expect(takeCommandOutcome(undefined)).toBeNull();
});
