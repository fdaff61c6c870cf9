import { createRandom } from "./random";

const draws = (seed: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: 50 }, () => random.int(0, 1_000_000));
};

describe("createRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it("keeps int within its bounds, both included", () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it("rejects bounds that are not whole or run backwards", () => {
    const random = createRandom(1);
    expect(() => random.int(5, 3)).toThrow(RangeError);
    expect(() => random.int(0.5, 3)).toThrow(RangeError);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it("samples distinct items and shuffles without losing any", () => {
    const random = createRandom(2);
    const items = ["甲", "乙", "丙", "丁", "戊"];
    const sample = random.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.shuffle(items).sort()).toEqual([...items].sort());
    expect(random.sample(items, 9)).toHaveLength(5);
  });

  it("makes chance(0) never and chance(1) always true", () => {
    const random = createRandom(3);
    const rolls = Array.from({ length: 200 }, () => [random.chance(0), random.chance(1)]);
    expect(rolls.every(([never, always]) => never === false && always === true)).toBe(true);
  });
});
