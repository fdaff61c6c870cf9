import type { CellValue } from "../cell/types";
import { parsed, type ParseResult } from "../parse/result";
import { memoized } from "./memoReader";

function countingReader() {
  const calls: CellValue[] = [];
  const read = (value: CellValue): ParseResult<string[]> => {
    calls.push(value);
    return parsed([String(value)]);
  };
  return { calls, read: memoized(read) };
}

describe("memoized", () => {
  test("reads each distinct value once and shares the frozen reading", () => {
    const { calls, read } = countingReader();
    const first = read("张三");
    const second = read("张三");
    read(45000);
    read("45000");
    expect(second).toBe(first);
    expect(calls).toEqual(["张三", 45000, "45000"]);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.ok && Object.isFrozen(first.value)).toBe(true);
  });

  test("long texts are not remembered", () => {
    const { calls, read } = countingReader();
    const long = "很长的会议主题".repeat(50);
    read(long);
    read(long);
    expect(calls).toHaveLength(2);
  });
});
