import type { CommandOutcome } from "./commandOutcome";
import type { OutcomeStorage } from "./outcomeStore";
import { OUTCOME_KEY, readCommandOutcome, saveCommandOutcome } from "./outcomeStore";

function memory(): OutcomeStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
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
  };
  expect(saveCommandOutcome(broken, outcome)).toBe(false);
  expect(readCommandOutcome(broken)).toBeNull();
  expect(saveCommandOutcome(undefined, outcome)).toBe(false);
  expect(readCommandOutcome(undefined)).toBeNull();
});
