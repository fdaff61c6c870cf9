import type { PersonCategoryText } from "./model";

/**
 * DF 第二、五、六条: the band's rate applies to the whole base, bands include their upper end.
 * Kept in basis points so amounts stay exact; written independently of the engine's table so that
 * checking the sample is a real comparison.
 */
const SERVING_BANDS: readonly (readonly [number, number])[] = [
  [3000, 50],
  [5000, 100],
  [10000, 150],
  [Infinity, 200],
];
const RETIRED_BANDS: readonly (readonly [number, number])[] = [
  [5000, 50],
  [Infinity, 100],
];

export function rateBasisPoints(base: number, category: PersonCategoryText): number {
  const bands = category === "离退休" ? RETIRED_BANDS : SERVING_BANDS;
  const band = bands.find(([upTo]) => base <= upTo);
  if (!band) throw new Error(`no dues band for base ${base}`);
  return band[1];
}

/** The monthly dues in fen for a base in yuan; callers keep bases to whole tens of yuan. */
export function monthlyFen(base: number, category: PersonCategoryText): number {
  return Math.round((base * rateBasisPoints(base, category)) / 100);
}

/** Fen as the yuan amount a ledger cell holds (18510 → 185.1). */
export const yuan = (fen: number): number => fen / 100;

/** Basis points as the fraction an Excel percent cell holds (150 → 0.015). */
export const rateFraction = (basisPoints: number): number => basisPoints / 10_000;
