import { oncePer } from "./oncePer";

describe("oncePer", () => {
  test("works a value out once per object, undefined included", () => {
    const calls: object[] = [];
    const sizeOf = oncePer((list: readonly number[]) => {
      calls.push(list);
      return list.length === 0 ? undefined : list.length;
    });
    const a = [1, 2, 3];
    const empty: number[] = [];
    expect([sizeOf(a), sizeOf(a), sizeOf(empty), sizeOf(empty)]).toEqual([
      3,
      3,
      undefined,
      undefined,
    ]);
    expect(calls).toEqual([a, empty]);
    expect(sizeOf([1, 2, 3])).toBe(3);
    expect(calls).toHaveLength(3);
  });
});
