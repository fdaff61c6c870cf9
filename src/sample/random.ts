import { unsafeUniformIntDistribution, xoroshiro128plus } from "pure-rand";

/** The seeded choices the sample makes; one instance per workbook so one seed gives one workbook. */
export interface Random {
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability (0…1). */
  chance(probability: number): boolean;
  /** A new list with the items in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  // xoroshiro128plus takes a 32-bit seed; any other number would be truncated silently.
  const rng = xoroshiro128plus(seed | 0);
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`random.int needs whole bounds with min ≤ max, got ${min}…${max}`);
    }
    return unsafeUniformIntDistribution(min, max, rng);
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new RangeError("random.pick needs a non-empty list");
    return item;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  };
  return {
    int,
    pick,
    chance: (probability) => int(0, 9_999) < Math.round(probability * 10_000),
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
  };
}
