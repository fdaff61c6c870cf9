import { createNamer } from "./names";
import { createRandom } from "./random";

describe("createNamer", () => {
  it("draws many names without repeating one or writing one inside another", () => {
    const name = createNamer(createRandom(11));
    const names = Array.from({ length: 120 }, (_, i) =>
      name(i % 3 === 0 ? "senior" : i % 3 === 1 ? "middle" : "young")
    );
    expect(new Set(names).size).toBe(names.length);
    for (const a of names) {
      expect(names.filter((b) => b !== a && b.includes(a))).toEqual([]);
    }
    expect(names.every((n) => /^[\u4e00-\u9fff]{2,3}$/.test(n))).toBe(true);
  });

  it("says so when the pools run dry instead of looping", () => {
    const name = createNamer(createRandom(1));
    expect(() => {
      for (let i = 0; i < 10_000; i++) name("young");
    }).toThrow(/no unused young name/);
  });
});
